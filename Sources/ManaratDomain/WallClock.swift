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

/// The source of new identifiers, injected so tests can pin them.
public struct IDGenerator: Sendable {
    /// Returns a fresh identifier.
    public var next: @Sendable () -> UUID

    /// Creates a generator from a closure.
    public init(next: @escaping @Sendable () -> UUID) {
        self.next = next
    }

    /// Random version-4 UUIDs.
    public static let random = IDGenerator(next: { UUID() })
}
