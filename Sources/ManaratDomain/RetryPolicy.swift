import Foundation

/// When a failed send is tried again: exponential backoff from 30 seconds, doubling, at most an
/// hour apart, and given up after `maximumAttempts`.
public struct RetryPolicy: Sendable, Equatable {
    /// The wait after the first failure.
    public var initialDelay: TimeInterval
    /// The longest wait between two tries.
    public var maximumDelay: TimeInterval
    /// Tries in all before the message is marked failed.
    public var maximumAttempts: Int

    /// Creates a policy.
    public init(initialDelay: TimeInterval = 30, maximumDelay: TimeInterval = 3600, maximumAttempts: Int = 6) {
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.maximumAttempts = maximumAttempts
    }

    /// The standard policy.
    public static let standard = RetryPolicy()

    /// After try number `attempts` failed: the instant of the next try, or nil when it was the last.
    public func nextAttempt(afterFailedAttempts attempts: Int, at now: Date) -> Date? {
        guard attempts < maximumAttempts else { return nil }
        let exponent = max(0, attempts - 1)
        let delay = min(maximumDelay, initialDelay * pow(2, Double(min(exponent, 30))))
        return now.addingTimeInterval(delay)
    }
}
