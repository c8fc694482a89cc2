import Fluent

/// Creates `settings` and `rate_limits`: state every instance must share.
struct M0005_CreateSettingsAndRateLimits: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("settings")
            .field("key", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .create()
        try await database.schema("rate_limits")
            .field("key", .string, .identifier(auto: false))
            .field("window_start", .datetime, .required)
            .field("hits", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("rate_limits").delete()
        try await database.schema("settings").delete()
    }
}
