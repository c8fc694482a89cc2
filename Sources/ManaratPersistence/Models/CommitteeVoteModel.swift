import Fluent
import Foundation
import ManaratDomain

/// A row of `committee_votes`: one member's vote on one request at one meeting.
public final class CommitteeVoteModel: Model, @unchecked Sendable {
    public static let schema = "committee_votes"
    @ID(key: .id) public var id: UUID?
    @Field(key: "meeting_id") public var meetingID: UUID
    @Field(key: "request_id") public var requestID: UUID
    @Field(key: "staff_id") public var staffID: UUID
    @Field(key: "vote") public var vote: String
    @Field(key: "comment") public var comment: String
    @Field(key: "cast_at") public var castAt: Date
    public init() {}
}
