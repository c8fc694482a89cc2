import Foundation

/// How long a signed-in session lives.
public struct SessionPolicy: Sendable, Equatable {
    /// A session unused for this long is dead.
    public var idleTimeout: TimeInterval
    /// A session is dead this long after sign-in, however active.
    public var absoluteLifetime: TimeInterval
    /// The last-seen time is written at most this often, so reading pages does not write every time.
    public var touchInterval: TimeInterval

    /// Creates a policy.
    public init(
        idleTimeout: TimeInterval = 30 * 60, absoluteLifetime: TimeInterval = 12 * 3600,
        touchInterval: TimeInterval = 60
    ) {
        self.idleTimeout = idleTimeout
        self.absoluteLifetime = absoluteLifetime
        self.touchInterval = touchInterval
    }

    /// Whether a session created at `createdAt` and last used at `lastSeenAt` is still alive at `now`.
    public func isAlive(createdAt: Date, lastSeenAt: Date, at now: Date) -> Bool {
        now.timeIntervalSince(lastSeenAt) < idleTimeout && now.timeIntervalSince(createdAt) < absoluteLifetime
    }

    /// Whether the last-seen time is old enough to be written again.
    public func needsTouch(lastSeenAt: Date, at now: Date) -> Bool {
        now.timeIntervalSince(lastSeenAt) >= touchInterval
    }
}
