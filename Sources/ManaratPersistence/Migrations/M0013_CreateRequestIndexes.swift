import Fluent
import SQLKit

/// Indexes for the request lists, queues and lookups.
struct M0013_CreateRequestIndexes: AsyncMigration {
    private static let indexes: [IndexSpec] = [
        IndexSpec("idx_requests_status_due", on: "support_requests", ["status", "expected_response_on"]),
        IndexSpec("idx_requests_beneficiary", on: "support_requests", ["beneficiary_id", "created_at"]),
        IndexSpec("idx_requests_branch_status", on: "support_requests", ["branch_id", "status"]),
        IndexSpec("idx_requests_researcher", on: "support_requests", ["researcher_id", "status"]),
        IndexSpec("idx_requests_created", on: "support_requests", ["created_at"]),
        IndexSpec("idx_request_documents_request", on: "request_documents", ["request_id"]),
        IndexSpec("idx_clock_pauses_request", on: "clock_pauses", ["request_id"]),
        IndexSpec("idx_request_events_request", on: "request_events", ["request_id", "occurred_at"]),
        IndexSpec("idx_research_reports_request", on: "research_reports", ["request_id"]),
        IndexSpec("idx_committee_votes_request", on: "committee_votes", ["request_id"]),
        IndexSpec("idx_service_deliveries_request", on: "service_deliveries", ["request_id", "due_on"]),
        IndexSpec("idx_service_deliveries_due", on: "service_deliveries", ["delivered_at", "due_on"]),
        IndexSpec("idx_staff_declarations_identity", on: "staff_declarations", ["identity_number", "is_active"]),
        IndexSpec("idx_staff_declarations_staff", on: "staff_declarations", ["staff_id"]),
        IndexSpec("idx_recusals_request", on: "recusals", ["request_id"]),
    ]

    func prepare(on database: any Database) async throws {
        try await IndexSpec.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexSpec.drop(Self.indexes, on: database)
    }
}
