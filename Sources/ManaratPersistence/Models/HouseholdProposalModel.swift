import Fluent
import Foundation
import ManaratDomain

/// A row of `household_proposals`.
public final class HouseholdProposalModel: Model, @unchecked Sendable {
    public static let schema = "household_proposals"
    @ID(key: .id) public var id: UUID?
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "kind") public var kind: String
    @Field(key: "member_name") public var memberName: String
    @Field(key: "relation") public var relation: String
    @Field(key: "gender") public var gender: String
    @OptionalField(key: "identity_number") public var identityNumber: String?
    @OptionalField(key: "born_on") public var bornOn: String?
    @OptionalField(key: "member_id") public var memberID: UUID?
    @Field(key: "note") public var note: String
    @Field(key: "status") public var status: String
    @Field(key: "decision_note") public var decisionNote: String
    @OptionalField(key: "decided_by") public var decidedBy: UUID?
    @OptionalField(key: "decided_at") public var decidedAt: Date?
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}
