import Foundation

/// Where a message stands in the outbox.
public enum OutboxStatus: String, CaseIterable, Sendable {
    /// Waiting for its turn (or for its next try).
    case pending
    /// Claimed by a worker, which holds a lease on it.
    case sending
    /// Accepted by the provider, or placed in the portal inbox.
    case sent
    /// Given up after the last try; staff may send it again.
    case failed
}
