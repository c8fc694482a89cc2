import Fluent

/// The breach register: each personal-data incident, what and whom it touched, and when the
/// regulator and the people affected were told.
struct M0032_CreateBreaches: AsyncMigration {
    private static let index = IndexSpec("idx_breaches_discovered", on: "breaches", ["discovered_at"])

    func prepare(on database: any Database) async throws {
        try await database.schema("breaches")
            .id()
            .field("reference", .string, .required)
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("discovered_at", .datetime, .required)
            .field("records_affected", .string, .required)
            .field("people_affected", .int, .required)
            .field("measures", .string, .required)
            .field("regulator_notified_at", .datetime)
            .field("regulator_reference", .string, .required)
            .field("subjects_notified_at", .datetime)
            .field("recorded_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "reference")
            .create()
        try await IndexSpec.create([Self.index], on: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexSpec.drop([Self.index], on: database)
        try await database.schema("breaches").delete()
    }
}
