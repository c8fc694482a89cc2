import Fluent

/// Creates `branches`.
struct M0001_CreateBranches: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("branches")
            .id()
            .field("code", .string, .required)
            .field("name_ar", .string, .required)
            .field("name_en", .string, .required)
            .field("city", .string, .required)
            .field("is_active", .bool, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "code")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("branches").delete()
    }
}
