import Foundation

/// When repeated failed sign-ins lock an account, and for how long.
///
/// Locking after a few failures slows password guessing without needing an administrator:
/// the lock lifts by itself.
public struct LockoutPolicy: Sendable, Equatable {
    /// Failed attempts in a row that lock the account.
    public var maxFailures: Int
    /// How long the account stays locked.
    public var lockDuration: TimeInterval

    /// Creates a policy.
    public init(maxFailures: Int = 5, lockDuration: TimeInterval = 15 * 60) {
        self.maxFailures = maxFailures
        self.lockDuration = lockDuration
    }

    /// The outcome of one more failed attempt.
    public struct Outcome: Sendable, Equatable {
        /// Failures counted after this one (reset to zero once a lock is set).
        public var failures: Int
        /// When the lock ends, if this failure set one.
        public var lockedUntil: Date?
    }

    /// Counts one more failure at `now` and decides whether it locks the account.
    public func failure(previousFailures: Int, at now: Date) -> Outcome {
        let failures = previousFailures + 1
        if failures >= maxFailures {
            return Outcome(failures: 0, lockedUntil: now.addingTimeInterval(lockDuration))
        }
        return Outcome(failures: failures, lockedUntil: nil)
    }

    /// Whether an account whose lock ends at `lockedUntil` is still locked at `now`.
    public func isLocked(until lockedUntil: Date?, at now: Date) -> Bool {
        guard let lockedUntil else { return false }
        return now < lockedUntil
    }
}
