import Fluent

/// A question asked in the portal may carry one attachment (a photo of a letter, a bill), kept in
/// the document store like request documents.
struct M0028_CreateInquiryAttachments: AsyncMigration {
    private static let index = IndexSpec("idx_inquiry_attachments_inquiry", on: "inquiry_attachments", ["inquiry_id"])

    func prepare(on database: any Database) async throws {
        try await database.schema("inquiry_attachments")
            .id()
            .field("inquiry_id", .uuid, .required, .references("inquiries", "id", onDelete: .cascade))
            .field("sha256", .string, .required)
            .field("format", .string, .required)
            .field("size", .int, .required)
            .field("original_name", .string, .required)
            .field("uploaded_at", .datetime, .required)
            .create()
        try await IndexSpec.create([Self.index], on: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexSpec.drop([Self.index], on: database)
        try await database.schema("inquiry_attachments").delete()
    }
}
