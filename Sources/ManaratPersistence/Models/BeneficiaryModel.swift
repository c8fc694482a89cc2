import Fluent
import Foundation
import ManaratDomain

/// A row of `beneficiaries`. Days are ISO text ("2023-02-21"), which sorts and compares correctly
/// on both databases and never shifts with a time zone.
public final class BeneficiaryModel: Model, @unchecked Sendable {
    public static let schema = "beneficiaries"
    @ID(key: .id) public var id: UUID?
    @Field(key: "file_number") public var fileNumber: String
    @Field(key: "first_name") public var firstName: String
    @Field(key: "father_name") public var fatherName: String
    @Field(key: "grandfather_name") public var grandfatherName: String
    @Field(key: "family_name") public var familyName: String
    @Field(key: "latin_name") public var latinName: String
    @Field(key: "identity_type") public var identityType: String
    @Field(key: "identity_number") public var identityNumber: String
    @Field(key: "identity_hash") public var identityHash: String
    @OptionalField(key: "identity_expires_on") public var identityExpiresOn: String?
    @Field(key: "nationality") public var nationality: String
    @Field(key: "gender") public var gender: String
    @OptionalField(key: "born_on") public var bornOn: String?
    @Field(key: "marital_status") public var maritalStatus: String
    @Field(key: "phone") public var phone: String
    @Field(key: "phone_other") public var phoneOther: String
    @Field(key: "city") public var city: String
    @Field(key: "district") public var district: String
    @Field(key: "address") public var address: String
    @Field(key: "national_address_code") public var nationalAddressCode: String
    @Field(key: "income_sources") public var incomeSources: String
    @Field(key: "health_conditions") public var healthConditions: String
    @Field(key: "preferred_language") public var preferredLanguage: String
    @Field(key: "preferred_channel") public var preferredChannel: String
    @OptionalField(key: "branch_id") public var branchID: UUID?
    @Field(key: "search_name") public var searchName: String
    @Field(key: "version") public var version: Int
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    public init() {}
}
