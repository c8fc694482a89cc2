import Fluent
import Foundation

/// A row of `request_types`. Requirements are JSON so administrators can change them without a migration.
public final class RequestTypeModel: Model, @unchecked Sendable {
    public static let schema = "request_types"
    @ID(key: .id) public var id: UUID?
    @Field(key: "code") public var code: String
    @Field(key: "name_ar") public var nameArabic: String
    @Field(key: "name_en") public var nameEnglish: String
    @Field(key: "description_ar") public var descriptionArabic: String
    @Field(key: "description_en") public var descriptionEnglish: String
    @Field(key: "required_fields") public var requiredFields: String
    @Field(key: "required_documents") public var requiredDocuments: String
    @Field(key: "eligible_categories") public var eligibleCategories: String
    @Field(key: "service_kinds") public var serviceKinds: String
    @Field(key: "is_active") public var isActive: Bool
    @Field(key: "sort_order") public var sortOrder: Int
    public init() {}
}

/// A row of `holidays`: a day off that does not count toward the response clock.
public final class HolidayModel: Model, @unchecked Sendable {
    public static let schema = "holidays"
    @ID(custom: "day", generatedBy: .user) public var id: String?
    @Field(key: "name") public var name: String
    public init() {}
}

/// A row of `support_requests`.
public final class SupportRequestModel: Model, @unchecked Sendable {
    public static let schema = "support_requests"
    @ID(key: .id) public var id: UUID?
    @Field(key: "reference") public var reference: String
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "request_type_id") public var requestTypeID: UUID
    @Field(key: "status") public var status: String
    @Field(key: "channel") public var channel: String
    @OptionalField(key: "branch_id") public var branchID: UUID?
    @OptionalField(key: "intake_staff_id") public var intakeStaffID: UUID?
    @Field(key: "field_values") public var fieldValues: String
    @Field(key: "description") public var details: String
    @Field(key: "amount_requested") public var amountRequested: Int
    @OptionalField(key: "submitted_at") public var submittedAt: Date?
    @OptionalField(key: "submitted_on") public var submittedOn: String?
    @OptionalField(key: "expected_response_on") public var expectedResponseOn: String?
    @OptionalField(key: "attested_at") public var attestedAt: Date?
    @OptionalField(key: "attestation_version") public var attestationVersion: String?
    @OptionalField(key: "attestation_channel") public var attestationChannel: String?
    @OptionalField(key: "attestation_document_id") public var attestationDocumentID: UUID?
    @OptionalField(key: "researcher_id") public var researcherID: UUID?
    @OptionalField(key: "decision") public var decision: String?
    @OptionalField(key: "decided_at") public var decidedAt: Date?
    @OptionalField(key: "decision_service") public var decisionService: String?
    @OptionalField(key: "decision_amount") public var decisionAmount: Int?
    @OptionalField(key: "decision_quantity") public var decisionQuantity: String?
    @OptionalField(key: "decision_reasons") public var decisionReasons: String?
    @OptionalField(key: "decision_note") public var decisionNote: String?
    @OptionalField(key: "meeting_id") public var meetingID: UUID?
    @Field(key: "version") public var version: Int
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    /// Kept equal to `RequestStatus.awaitsDecision` of `status`, for the default list's index.
    @Field(key: "awaits_decision") public var awaitsDecision: Bool
    public init() {}
}

/// A row of `request_documents`: one uploaded document of a request.
public final class RequestDocumentModel: Model, @unchecked Sendable {
    public static let schema = "request_documents"
    @ID(key: .id) public var id: UUID?
    @Field(key: "request_id") public var requestID: UUID
    @Field(key: "kind") public var kind: String
    @Field(key: "sha256") public var sha256: String
    @Field(key: "format") public var format: String
    @Field(key: "size") public var size: Int
    @Field(key: "original_name") public var originalName: String
    @OptionalField(key: "issued_on") public var issuedOn: String?
    @OptionalField(key: "expires_on") public var expiresOn: String?
    @OptionalField(key: "identity_number") public var identityNumber: String?
    @OptionalField(key: "uploaded_by") public var uploadedBy: UUID?
    @Field(key: "uploaded_at") public var uploadedAt: Date
    public init() {}
}

/// A row of `clock_pauses`.
public final class ClockPauseModel: Model, @unchecked Sendable {
    public static let schema = "clock_pauses"
    @ID(key: .id) public var id: UUID?
    @Field(key: "request_id") public var requestID: UUID
    @Field(key: "from_day") public var fromDay: String
    @OptionalField(key: "until_day") public var untilDay: String?
    public init() {}
}

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

/// A row of `research_reports`.
public final class ResearchReportModel: Model, @unchecked Sendable {
    public static let schema = "research_reports"
    @ID(key: .id) public var id: UUID?
    @Field(key: "request_id") public var requestID: UUID
    @OptionalField(key: "researcher_id") public var researcherID: UUID?
    @Field(key: "researcher_name") public var researcherName: String
    @Field(key: "kind") public var kind: String
    @Field(key: "visited_on") public var visitedOn: String
    @Field(key: "findings") public var findings: String
    @Field(key: "household_situation") public var householdSituation: String
    @Field(key: "recommendation") public var recommendation: String
    @OptionalField(key: "recommended_service") public var recommendedService: String?
    @Field(key: "recommended_amount") public var recommendedAmount: Int
    @OptionalField(key: "recommended_quantity") public var recommendedQuantity: String?
    @OptionalField(key: "needs_total") public var needsTotal: Int?
    @OptionalField(key: "needs_level") public var needsLevel: String?
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}

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

/// A row of `service_deliveries`: one delivery or one instalment of a schedule.
public final class ServiceDeliveryModel: Model, @unchecked Sendable {
    public static let schema = "service_deliveries"
    @ID(key: .id) public var id: UUID?
    @Field(key: "request_id") public var requestID: UUID
    @Field(key: "kind") public var kind: String
    @Field(key: "amount") public var amount: Int
    @OptionalField(key: "method") public var method: String?
    @OptionalField(key: "iban") public var iban: String?
    @Field(key: "reference") public var reference: String
    @Field(key: "items") public var items: String
    @Field(key: "referral_to") public var referralTo: String
    @Field(key: "instalment_number") public var instalmentNumber: Int
    @Field(key: "instalment_count") public var instalmentCount: Int
    @Field(key: "due_on") public var dueOn: String
    @OptionalField(key: "delivered_at") public var deliveredAt: Date?
    @OptionalField(key: "delivered_by") public var deliveredBy: UUID?
    @Field(key: "delivered_by_name") public var deliveredByName: String
    @Field(key: "acknowledgement") public var acknowledgement: String
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}

/// A row of `staff_declarations`: a relative (or the staff member's own identity) declared for conflict checks.
public final class StaffDeclarationModel: Model, @unchecked Sendable {
    public static let schema = "staff_declarations"
    @ID(key: .id) public var id: UUID?
    @Field(key: "staff_id") public var staffID: UUID
    @Field(key: "identity_number") public var identityNumber: String
    @Field(key: "relation") public var relation: String
    @Field(key: "note") public var note: String
    @Field(key: "is_active") public var isActive: Bool
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}

/// A row of `recusals`: the system stopped a staff member from acting on a request.
public final class RecusalModel: Model, @unchecked Sendable {
    public static let schema = "recusals"
    @ID(key: .id) public var id: UUID?
    @Field(key: "staff_id") public var staffID: UUID
    @Field(key: "request_id") public var requestID: UUID
    @Field(key: "action") public var action: String
    @Field(key: "reason") public var reason: String
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}
