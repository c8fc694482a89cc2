import Foundation

/// Fixed-window counters of attempts (sign-ins, codes, registrations): what a limit counts
/// before it lets anything be compared or written. `RateLimitRepository` keeps them in the
/// database, so a limit holds across instances; tests count in memory.
public protocol AttemptCounter: Sendable {
    /// Counts one hit for `key` and says whether it is within `limit` hits per `window`.
    func hit(_ key: String, limit: Int, window: TimeInterval, at now: Date) async throws -> Bool
    /// The hits counted for `key` in its current window (0 when the window has passed).
    func current(_ key: String, window: TimeInterval, at now: Date) async throws -> Int
}
