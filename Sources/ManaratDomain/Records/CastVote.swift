import Foundation

/// A vote cast at a meeting.
public struct CastVote: Sendable, Equatable {
    /// The member.
    public var staffID: UUID
    /// The request.
    public var requestID: UUID
    /// Approve, reject or defer.
    public var vote: Vote
    /// The member's comment.
    public var comment: String
    /// When.
    public var castAt: Date

    /// Creates a value.
    public init(staffID: UUID, requestID: UUID, vote: Vote, comment: String, castAt: Date) {
        self.staffID = staffID
        self.requestID = requestID
        self.vote = vote
        self.comment = comment
        self.castAt = castAt
    }
}
