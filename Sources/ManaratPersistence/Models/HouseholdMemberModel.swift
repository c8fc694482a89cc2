import Fluent
import Foundation
import ManaratDomain

/// A row of `household_members`.
public final class HouseholdMemberModel: Model, @unchecked Sendable {
    public static let schema = "household_members"
    @ID(key: .id) public var id: UUID?
    @Field(key: "household_id") public var householdID: UUID
    @Field(key: "full_name") public var fullName: String
    @Field(key: "relation") public var relation: String
    @Field(key: "gender") public var gender: String
    @OptionalField(key: "identity_type") public var identityType: String?
    @OptionalField(key: "identity_number") public var identityNumber: String?
    @OptionalField(key: "identity_hash") public var identityHash: String?
    @OptionalField(key: "born_on") public var bornOn: String?
    @Field(key: "health_conditions") public var healthConditions: String
    @Field(key: "parentage_note") public var parentageNote: String
    @OptionalField(key: "beneficiary_id") public var beneficiaryID: UUID?
    @Field(key: "is_active") public var isActive: Bool
    public init() {}
}
