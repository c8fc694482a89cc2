import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// The raw columns of a `support_requests` row.
///
/// Lists read requests through SQLKit into this value rather than into `SupportRequestModel`:
/// Fluent fills a model's properties by reflection, which cost more than the query itself on
/// the request lists (measured with `perf` under `Benchmarks/run.sh`).
struct RequestColumns {
    /// The columns a list selects, in `support_requests`.
    static let names = [
        "id", "reference", "beneficiary_id", "request_type_id", "status", "channel", "branch_id", "intake_staff_id",
        "field_values",
        "description", "amount_requested", "submitted_at", "submitted_on", "expected_response_on", "attested_at",
        "attestation_version",
        "attestation_channel", "attestation_document_id", "researcher_id", "decision", "decided_at", "decision_service",
        "decision_amount",
        "decision_quantity", "decision_reasons", "decision_note", "meeting_id", "version", "created_at",
    ]
    /// `names` as a list query reads them.
    static let shape = RequestQueryShape(columns: names)

    var id: UUID
    var reference: String
    var beneficiaryID: UUID
    var requestTypeID: UUID
    var status: String
    var channel: String
    var branchID: UUID?
    var intakeStaffID: UUID?
    var fieldValues: String
    var details: String
    var amountRequested: Int
    var submittedAt: Date?
    var submittedOn: String?
    var expectedResponseOn: String?
    var attestedAt: Date?
    var attestationVersion: String?
    var attestationChannel: String?
    var attestationDocumentID: UUID?
    var researcherID: UUID?
    var decision: String?
    var decidedAt: Date?
    var decisionService: String?
    var decisionAmount: Int?
    var decisionQuantity: String?
    var decisionReasons: String?
    var decisionNote: String?
    var meetingID: UUID?
    var version: Int
    var createdAt: Date

    init(_ row: SupportRequestModel) {
        id = row.id!
        reference = row.reference
        beneficiaryID = row.beneficiaryID
        requestTypeID = row.requestTypeID
        status = row.status
        channel = row.channel
        branchID = row.branchID
        intakeStaffID = row.intakeStaffID
        fieldValues = row.fieldValues
        details = row.details
        amountRequested = row.amountRequested
        submittedAt = row.submittedAt
        submittedOn = row.submittedOn
        expectedResponseOn = row.expectedResponseOn
        attestedAt = row.attestedAt
        attestationVersion = row.attestationVersion
        attestationChannel = row.attestationChannel
        attestationDocumentID = row.attestationDocumentID
        researcherID = row.researcherID
        decision = row.decision
        decidedAt = row.decidedAt
        decisionService = row.decisionService
        decisionAmount = row.decisionAmount
        decisionQuantity = row.decisionQuantity
        decisionReasons = row.decisionReasons
        decisionNote = row.decisionNote
        meetingID = row.meetingID
        version = row.version
        createdAt = row.createdAt
    }

    init(_ row: any SQLRow) throws {
        id = try row.decode(column: "id", as: UUID.self)
        reference = try row.decode(column: "reference", as: String.self)
        beneficiaryID = try row.decode(column: "beneficiary_id", as: UUID.self)
        requestTypeID = try row.decode(column: "request_type_id", as: UUID.self)
        status = try row.decode(column: "status", as: String.self)
        channel = try row.decode(column: "channel", as: String.self)
        branchID = try row.decode(column: "branch_id", as: UUID?.self)
        intakeStaffID = try row.decode(column: "intake_staff_id", as: UUID?.self)
        fieldValues = try row.decode(column: "field_values", as: String.self)
        details = try row.decode(column: "description", as: String.self)
        amountRequested = try row.decode(column: "amount_requested", as: Int.self)
        submittedAt = try row.decode(column: "submitted_at", as: Date?.self)
        submittedOn = try row.decode(column: "submitted_on", as: String?.self)
        expectedResponseOn = try row.decode(column: "expected_response_on", as: String?.self)
        attestedAt = try row.decode(column: "attested_at", as: Date?.self)
        attestationVersion = try row.decode(column: "attestation_version", as: String?.self)
        attestationChannel = try row.decode(column: "attestation_channel", as: String?.self)
        attestationDocumentID = try row.decode(column: "attestation_document_id", as: UUID?.self)
        researcherID = try row.decode(column: "researcher_id", as: UUID?.self)
        decision = try row.decode(column: "decision", as: String?.self)
        decidedAt = try row.decode(column: "decided_at", as: Date?.self)
        decisionService = try row.decode(column: "decision_service", as: String?.self)
        decisionAmount = try row.decode(column: "decision_amount", as: Int?.self)
        decisionQuantity = try row.decode(column: "decision_quantity", as: String?.self)
        decisionReasons = try row.decode(column: "decision_reasons", as: String?.self)
        decisionNote = try row.decode(column: "decision_note", as: String?.self)
        meetingID = try row.decode(column: "meeting_id", as: UUID?.self)
        version = try row.decode(column: "version", as: Int.self)
        createdAt = try row.decode(column: "created_at", as: Date.self)
    }
}
