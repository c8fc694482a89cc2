import Fluent

/// Creates `staff` and `staff_roles`.
struct M0002_CreateStaff: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("staff")
            .id()
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("branch_id", .uuid, .references("branches", "id"))
            .field("is_active", .bool, .required)
            .field("must_change_password", .bool, .required)
            .field("failed_sign_ins", .int, .required)
            .field("locked_until", .datetime)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "username")
            .create()
        try await database.schema("staff_roles")
            .id()
            .field("staff_id", .uuid, .required, .references("staff", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .unique(on: "staff_id", "role")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("staff_roles").delete()
        try await database.schema("staff").delete()
    }
}
