import Fluent
import SQLKit

/// Creates request types, holidays, documents and support requests with their timeline and pauses.
struct M0011_CreateRequests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("request_types")
            .id()
            .field("code", .string, .required)
            .field("name_ar", .string, .required)
            .field("name_en", .string, .required)
            .field("description_ar", .string, .required)
            .field("description_en", .string, .required)
            .field("required_fields", .string, .required)
            .field("required_documents", .string, .required)
            .field("eligible_categories", .string, .required)
            .field("service_kinds", .string, .required)
            .field("is_active", .bool, .required)
            .field("sort_order", .int, .required)
            .unique(on: "code")
            .create()
        try await database.schema("holidays")
            .field("day", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .create()
        try await database.schema("document_blobs")
            .field("sha256", .string, .identifier(auto: false))
            .field("size", .int64, .required)
            .field("mime_type", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("document_chunks")
            .field("sha256", .string, .required, .references("document_blobs", "sha256", onDelete: .cascade))
            .field("seq", .int, .required)
            .field("data", .data, .required)
            .unique(on: "sha256", "seq")
            .create()
        try await database.schema("support_requests")
            .id()
            .field("reference", .string, .required)
            .field("beneficiary_id", .uuid, .required, .references("beneficiaries", "id"))
            .field("request_type_id", .uuid, .required, .references("request_types", "id"))
            .field("status", .string, .required)
            .field("channel", .string, .required)
            .field("branch_id", .uuid, .references("branches", "id"))
            .field("intake_staff_id", .uuid)
            .field("field_values", .string, .required)
            .field("description", .string, .required)
            .field("amount_requested", .int64, .required)
            .field("submitted_at", .datetime)
            .field("submitted_on", .string)
            .field("expected_response_on", .string)
            .field("attested_at", .datetime)
            .field("attestation_version", .string)
            .field("attestation_channel", .string)
            .field("attestation_document_id", .uuid)
            .field("researcher_id", .uuid)
            .field("decision", .string)
            .field("decided_at", .datetime)
            .field("decision_service", .string)
            .field("decision_amount", .int64)
            .field("decision_quantity", .string)
            .field("decision_reasons", .string)
            .field("decision_note", .string)
            .field("meeting_id", .uuid)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "reference")
            .create()
        try await database.schema("request_documents")
            .id()
            .field("request_id", .uuid, .required, .references("support_requests", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("sha256", .string, .required, .references("document_blobs", "sha256"))
            .field("format", .string, .required)
            .field("size", .int64, .required)
            .field("original_name", .string, .required)
            .field("issued_on", .string)
            .field("expires_on", .string)
            .field("uploaded_by", .uuid)
            .field("uploaded_at", .datetime, .required)
            .create()
        try await database.schema("clock_pauses")
            .id()
            .field("request_id", .uuid, .required, .references("support_requests", "id", onDelete: .cascade))
            .field("from_day", .string, .required)
            .field("until_day", .string)
            .create()
        try await database.schema("request_events")
            .id()
            .field("request_id", .uuid, .required, .references("support_requests", "id", onDelete: .cascade))
            .field("event", .string, .required)
            .field("from_status", .string)
            .field("to_status", .string, .required)
            .field("note", .string, .required)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("occurred_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["request_events", "clock_pauses", "request_documents", "support_requests", "document_chunks", "document_blobs", "holidays", "request_types"] {
            try await database.schema(table).delete()
        }
    }
}

/// Creates research reports, committee meetings and votes, service deliveries, conflict declarations and recusals.
struct M0012_CreateResearchCommitteeDelivery: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("research_reports")
            .id()
            .field("request_id", .uuid, .required, .references("support_requests", "id", onDelete: .cascade))
            .field("researcher_id", .uuid)
            .field("researcher_name", .string, .required)
            .field("kind", .string, .required)
            .field("visited_on", .string, .required)
            .field("findings", .string, .required)
            .field("household_situation", .string, .required)
            .field("recommendation", .string, .required)
            .field("recommended_service", .string)
            .field("recommended_amount", .int64, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("committee_meetings")
            .id()
            .field("number", .int, .required)
            .field("held_on", .string, .required)
            .field("location", .string, .required)
            .field("quorum", .int, .required)
            .field("members", .string, .required)
            .field("request_ids", .string, .required)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .unique(on: "number")
            .create()
        try await database.schema("committee_votes")
            .id()
            .field("meeting_id", .uuid, .required, .references("committee_meetings", "id", onDelete: .cascade))
            .field("request_id", .uuid, .required, .references("support_requests", "id", onDelete: .cascade))
            .field("staff_id", .uuid, .required)
            .field("vote", .string, .required)
            .field("comment", .string, .required)
            .field("cast_at", .datetime, .required)
            .unique(on: "meeting_id", "request_id", "staff_id")
            .create()
        try await database.schema("service_deliveries")
            .id()
            .field("request_id", .uuid, .required, .references("support_requests", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("amount", .int64, .required)
            .field("method", .string)
            .field("reference", .string, .required)
            .field("items", .string, .required)
            .field("referral_to", .string, .required)
            .field("instalment_number", .int, .required)
            .field("instalment_count", .int, .required)
            .field("due_on", .string, .required)
            .field("delivered_at", .datetime)
            .field("delivered_by", .uuid)
            .field("delivered_by_name", .string, .required)
            .field("acknowledgement", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("staff_declarations")
            .id()
            .field("staff_id", .uuid, .required, .references("staff", "id", onDelete: .cascade))
            .field("identity_number", .string, .required)
            .field("relation", .string, .required)
            .field("note", .string, .required)
            .field("is_active", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("recusals")
            .id()
            .field("staff_id", .uuid, .required)
            .field("request_id", .uuid, .required, .references("support_requests", "id", onDelete: .cascade))
            .field("action", .string, .required)
            .field("reason", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        let counter = CounterModel()
        counter.id = "request_reference"
        counter.value = 0
        try await counter.create(on: database)
        let meetings = CounterModel()
        meetings.id = "committee_meeting"
        meetings.value = 0
        try await meetings.create(on: database)
    }

    func revert(on database: any Database) async throws {
        for table in ["recusals", "staff_declarations", "service_deliveries", "committee_votes", "committee_meetings", "research_reports"] {
            try await database.schema(table).delete()
        }
        try await CounterModel.query(on: database).filter(\.$id ~~ ["request_reference", "committee_meeting"]).delete()
    }
}

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
