import Foundation

/// What a committee meeting decided on one request.
public enum CommitteeOutcome: Sendable, Equatable {
    /// The request is approved.
    case approved
    /// The request is rejected.
    case rejected
    /// The decision is postponed.
    case deferred
    /// Too few members were present for any decision to stand.
    case noQuorum
}
