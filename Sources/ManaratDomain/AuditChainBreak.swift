import Foundation

/// The first entry of the audit chain whose stored hash does not match its content.
public struct AuditChainBreak: Sendable, Equatable, Error {
    /// The sequence number of the first broken entry.
    public var sequence: Int
    /// What is wrong with it.
    public var reason: Reason

    /// Why the chain is broken at that entry.
    public enum Reason: Sendable, Equatable {
        /// The entry's content no longer matches its hash: it was edited.
        case contentChanged
        /// The entry does not point at the hash of the entry before it: one was removed or replaced.
        case linkBroken
        /// A sequence number is missing: an entry was deleted.
        case gap(expected: Int)
    }

    /// Creates a break.
    public init(sequence: Int, reason: Reason) {
        self.sequence = sequence
        self.reason = reason
    }
}
