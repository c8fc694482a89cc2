import Fluent
import Foundation
import ManaratDomain

/// A row of `contacts`.
public final class ContactModel: Model, @unchecked Sendable {
    public static let schema = "contacts"
    @ID(key: .id) public var id: UUID?
    @Field(key: "party_kind") public var partyKind: String
    @Field(key: "party_id") public var partyID: UUID
    @Field(key: "channel") public var channel: String
    @Field(key: "direction") public var direction: String
    @OptionalField(key: "branch_id") public var branchID: UUID?
    @OptionalField(key: "staff_id") public var staffID: UUID?
    @Field(key: "summary") public var summary: String
    @OptionalField(key: "follow_up_on") public var followUpOn: String?
    @Field(key: "follow_up_done") public var followUpDone: Bool
    @Field(key: "occurred_at") public var occurredAt: Date
    @OptionalField(key: "referred_to") public var referredTo: UUID?
    public init() {}
}
