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

/// How long a signed-in session lives.
public struct SessionPolicy: Sendable, Equatable {
    /// A session unused for this long is dead.
    public var idleTimeout: TimeInterval
    /// A session is dead this long after sign-in, however active.
    public var absoluteLifetime: TimeInterval
    /// The last-seen time is written at most this often, so reading pages does not write every time.
    public var touchInterval: TimeInterval

    /// Creates a policy.
    public init(idleTimeout: TimeInterval = 30 * 60, absoluteLifetime: TimeInterval = 12 * 3600, touchInterval: TimeInterval = 60) {
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

/// What a new password must satisfy.
public enum PasswordRule: Sendable, Equatable {
    /// Fewer characters than the minimum.
    case tooShort(minimum: Int)
    /// Longer than bcrypt can use (72 bytes).
    case tooLong(maximumBytes: Int)

    /// The minimum length: long passphrases beat complexity rules.
    public static let minimumLength = 10
    /// bcrypt ignores bytes after the 72nd, so a longer password would be silently truncated.
    public static let maximumBytes = 72

    /// The rules `password` breaks; empty when it is acceptable.
    public static func violations(of password: String) -> [PasswordRule] {
        var problems: [PasswordRule] = []
        if password.count < minimumLength { problems.append(.tooShort(minimum: minimumLength)) }
        if password.utf8.count > maximumBytes { problems.append(.tooLong(maximumBytes: maximumBytes)) }
        return problems
    }
}
