import Fluent

/// Creates household change proposals made in the portal.
struct M0020_CreateHouseholdProposals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("household_proposals")
            .id()
            .field("beneficiary_id", .uuid, .required, .references("beneficiaries", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("member_name", .string, .required)
            .field("relation", .string, .required)
            .field("gender", .string, .required)
            .field("identity_number", .string)
            .field("born_on", .string)
            .field("member_id", .uuid)
            .field("note", .string, .required)
            .field("status", .string, .required)
            .field("decision_note", .string, .required)
            .field("decided_by", .uuid)
            .field("decided_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        try await IndexSpec.create(
            [
                IndexSpec(
                    "idx_household_proposals_beneficiary", on: "household_proposals", ["beneficiary_id", "status"])
            ], on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema("household_proposals").delete()
    }
}
