import Fluent

/// A data-subject request's period may be extended once, with its reason and when.
struct M0031_DataRequestExtension: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("data_requests").field("extension_reason", .string, .required, .sql(.default("")))
            .update()
        try await database.schema("data_requests").field("extended_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("data_requests").deleteField("extended_at").update()
        try await database.schema("data_requests").deleteField("extension_reason").update()
    }
}
