import Fluent
import SQLKit

/// Creates inquiries and their ratings.
struct M0018_CreateInquiries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inquiries")
            .id()
            .field("reference", .string, .required)
            .field("beneficiary_id", .uuid, .required, .references("beneficiaries", "id", onDelete: .cascade))
            .field("channel", .string, .required)
            .field("category", .string, .required)
            .field("question", .string, .required)
            .field("status", .string, .required)
            .field("referred_to", .uuid)
            .field("answer", .string, .required)
            .field("answered_by", .string, .required)
            .field("answered_at", .datetime)
            .field("answer_due_on", .string, .required)
            .field("asked_at", .datetime, .required)
            .field("rating", .int)
            .field("rating_comment", .string)
            .unique(on: "reference")
            .create()
        let counter = CounterModel()
        counter.id = "inquiry_reference"
        counter.value = 0
        try await counter.create(on: database)
        try await IndexSpec.create(
            [
                IndexSpec("idx_inquiries_status_due", on: "inquiries", ["status", "answer_due_on"]),
                IndexSpec("idx_inquiries_beneficiary", on: "inquiries", ["beneficiary_id", "asked_at"]),
            ], on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inquiries").delete()
        try await CounterModel.query(on: database).filter(\.$id == "inquiry_reference").delete()
    }
}
