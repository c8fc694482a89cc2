import Fluent
import Foundation
import ManaratDomain

/// A row of `committee_meetings`.
public final class CommitteeMeetingModel: Model, @unchecked Sendable {
    public static let schema = "committee_meetings"
    @ID(key: .id) public var id: UUID?
    @Field(key: "number") public var number: Int
    @Field(key: "held_on") public var heldOn: String
    @Field(key: "location") public var location: String
    @Field(key: "quorum") public var quorum: Int
    @Field(key: "members") public var members: String
    @Field(key: "request_ids") public var requestIDs: String
    @OptionalField(key: "created_by") public var createdBy: UUID?
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}
