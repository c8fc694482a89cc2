import Foundation
import ManaratPersistence

/// `AttemptCounter` in memory, with the fixed windows `RateLimitRepository` keeps.
public actor InMemoryAttemptCounter: AttemptCounter {
    private var windows: [String: (start: Date, hits: Int)] = [:]

    /// No attempts counted yet.
    public init() {}

    public func hit(_ key: String, limit: Int, window: TimeInterval, at now: Date) async throws -> Bool {
        var entry = windows[key] ?? (now, 0)
        if entry.start <= now.addingTimeInterval(-window) { entry = (now, 0) }
        entry.hits += 1
        windows[key] = entry
        return entry.hits <= limit
    }

    public func current(_ key: String, window: TimeInterval, at now: Date) async throws -> Int {
        guard let entry = windows[key], now.timeIntervalSince(entry.start) < window else { return 0 }
        return entry.hits
    }
}
