import Foundation

/// The source of the current time, injected so tests can pin and advance it.
public struct WallClock: Sendable {
    /// Returns the current instant.
    public var now: @Sendable () -> Date

    /// Creates a clock from a closure.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The real system clock.
    public static let system = WallClock(now: { Date() })
}
