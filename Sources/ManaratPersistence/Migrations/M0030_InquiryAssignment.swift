import Fluent

/// An inquiry can be assigned to a named employee, who then answers it (or refers it on).
struct M0030_InquiryAssignment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("inquiries").field("assigned_to", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("inquiries").deleteField("assigned_to").update()
    }
}
