import Fluent
import Foundation
import ManaratDomain

/// A row of `request_events`: the request's own timeline, shown to staff and to the applicant.
public final class RequestEventModel: Model, @unchecked Sendable {
    public static let schema = "request_events"
    @ID(key: .id) public var id: UUID?
    @Field(key: "request_id") public var requestID: UUID
    @Field(key: "event") public var event: String
    @OptionalField(key: "from_status") public var fromStatus: String?
    @Field(key: "to_status") public var toStatus: String
    @Field(key: "note") public var note: String
    @OptionalField(key: "actor_id") public var actorID: UUID?
    @Field(key: "actor_name") public var actorName: String
    @Field(key: "occurred_at") public var occurredAt: Date
    public init() {}
}
