import Fluent
import Foundation
import ManaratDomain

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
