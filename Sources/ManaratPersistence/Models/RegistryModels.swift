import Fluent
import Foundation

/// A row of `categories`.
public final class CategoryModel: Model, @unchecked Sendable {
    public static let schema = "categories"
    @ID(key: .id) public var id: UUID?
    @Field(key: "code") public var code: String
    @Field(key: "name_ar") public var nameArabic: String
    @Field(key: "name_en") public var nameEnglish: String
    @Field(key: "is_active") public var isActive: Bool
    @Field(key: "sort_order") public var sortOrder: Int
    public init() {}
}

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

/// A row of `beneficiary_categories`.
public final class BeneficiaryCategoryModel: Model, @unchecked Sendable {
    public static let schema = "beneficiary_categories"
    @ID(key: .id) public var id: UUID?
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "category_id") public var categoryID: UUID
    public init() {}
}

/// A row of `households`.
public final class HouseholdModel: Model, @unchecked Sendable {
    public static let schema = "households"
    @ID(key: .id) public var id: UUID?
    @Field(key: "head_id") public var headID: UUID
    @Field(key: "monthly_income") public var monthlyIncome: Int
    @Field(key: "monthly_rent") public var monthlyRent: Int
    @Field(key: "debts") public var debts: Int
    @Field(key: "housing") public var housing: String
    @Field(key: "is_active") public var isActive: Bool
    @Field(key: "updated_at") public var updatedAt: Date
    public init() {}
}

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

/// A row of `needs_assessments`: kept forever, newest is current.
public final class NeedsAssessmentModel: Model, @unchecked Sendable {
    public static let schema = "needs_assessments"
    @ID(key: .id) public var id: UUID?
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "factors") public var factors: String
    @Field(key: "weights") public var weights: String
    @Field(key: "total") public var total: Int
    @Field(key: "level") public var level: String
    @OptionalField(key: "assessed_by") public var assessedBy: UUID?
    @Field(key: "assessed_by_name") public var assessedByName: String
    @Field(key: "assessed_at") public var assessedAt: Date
    public init() {}
}

/// A row of `consents`: the beneficiary's consent to processing, with the notice version.
public final class ConsentModel: Model, @unchecked Sendable {
    public static let schema = "consents"
    @ID(key: .id) public var id: UUID?
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "notice_version") public var noticeVersion: String
    @Field(key: "channel") public var channel: String
    @OptionalField(key: "staff_id") public var staffID: UUID?
    @Field(key: "given_at") public var givenAt: Date
    @OptionalField(key: "withdrawn_at") public var withdrawnAt: Date?
    public init() {}
}

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

/// A row of `supporters`.
public final class SupporterModel: Model, @unchecked Sendable {
    public static let schema = "supporters"
    @ID(key: .id) public var id: UUID?
    @Field(key: "kind") public var kind: String
    @Field(key: "name") public var name: String
    @Field(key: "contact_person") public var contactPerson: String
    @OptionalField(key: "phone") public var phone: String?
    @Field(key: "email") public var email: String
    @Field(key: "city") public var city: String
    @Field(key: "allowed_channels") public var allowedChannels: String
    @Field(key: "wants_news") public var wantsNews: Bool
    @Field(key: "notes") public var notes: String
    @Field(key: "search_name") public var searchName: String
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}

/// A row of `support_entries`.
public final class SupportEntryModel: Model, @unchecked Sendable {
    public static let schema = "support_entries"
    @ID(key: .id) public var id: UUID?
    @Field(key: "supporter_id") public var supporterID: UUID
    @Field(key: "kind") public var kind: String
    @Field(key: "amount") public var amount: Int
    @Field(key: "items") public var items: String
    @Field(key: "designation") public var designation: String
    @Field(key: "received_on") public var receivedOn: String
    @Field(key: "recorded_at") public var recordedAt: Date
    public init() {}
}

/// A row of `volunteers`.
public final class VolunteerModel: Model, @unchecked Sendable {
    public static let schema = "volunteers"
    @ID(key: .id) public var id: UUID?
    @Field(key: "full_name") public var fullName: String
    @Field(key: "phone") public var phone: String
    @Field(key: "email") public var email: String
    @Field(key: "city") public var city: String
    @Field(key: "skills") public var skills: String
    @Field(key: "availability") public var availability: String
    @Field(key: "status") public var status: String
    @Field(key: "applied_at") public var appliedAt: Date
    @Field(key: "from_public_form") public var fromPublicForm: Bool
    public init() {}
}

/// A row of `volunteer_assignments`.
public final class VolunteerAssignmentModel: Model, @unchecked Sendable {
    public static let schema = "volunteer_assignments"
    @ID(key: .id) public var id: UUID?
    @Field(key: "volunteer_id") public var volunteerID: UUID
    @Field(key: "title") public var title: String
    @OptionalField(key: "branch_id") public var branchID: UUID?
    @Field(key: "starts_on") public var startsOn: String
    @OptionalField(key: "ends_on") public var endsOn: String?
    public init() {}
}

/// A row of `volunteer_hours`.
public final class VolunteerHoursModel: Model, @unchecked Sendable {
    public static let schema = "volunteer_hours"
    @ID(key: .id) public var id: UUID?
    @Field(key: "volunteer_id") public var volunteerID: UUID
    @OptionalField(key: "assignment_id") public var assignmentID: UUID?
    @Field(key: "worked_on") public var workedOn: String
    @Field(key: "minutes") public var minutes: Int
    public init() {}
}

/// A row of `duplicate_decisions`: staff confirmed two records are, or are not, the same person.
public final class DuplicateDecisionModel: Model, @unchecked Sendable {
    public static let schema = "duplicate_decisions"
    @ID(key: .id) public var id: UUID?
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "other_id") public var otherID: UUID
    @Field(key: "decision") public var decision: String
    @Field(key: "score") public var score: Int
    @OptionalField(key: "decided_by") public var decidedBy: UUID?
    @Field(key: "decided_at") public var decidedAt: Date
    public init() {}
}

/// A row of `search_terms`: one normalized word (or number) that finds a beneficiary.
public final class SearchTermModel: Model, @unchecked Sendable {
    public static let schema = "search_terms"
    @ID(key: .id) public var id: UUID?
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "term") public var term: String
    public init() {}

    init(beneficiaryID: UUID, term: String) {
        self.id = UUID()
        self.beneficiaryID = beneficiaryID
        self.term = term
    }
}

/// A row of `counters`: named sequences such as file numbers.
public final class CounterModel: Model, @unchecked Sendable {
    public static let schema = "counters"
    @ID(custom: "name", generatedBy: .user) public var id: String?
    @Field(key: "value") public var value: Int
    public init() {}
}
