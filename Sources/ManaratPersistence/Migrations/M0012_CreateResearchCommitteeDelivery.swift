import Fluent
import SQLKit

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
        for table in [
            "recusals", "staff_declarations", "service_deliveries", "committee_votes", "committee_meetings",
            "research_reports",
        ] {
            try await database.schema(table).delete()
        }
        try await CounterModel.query(on: database).filter(\.$id ~~ ["request_reference", "committee_meeting"]).delete()
    }
}
