import Fluent
import Foundation
import ManaratDomain
import SQLKit

extension InquiryRepository {
    private static let attachments = "inquiry_attachments"

    /// Records an attachment whose bytes are already in the document store.
    public func addAttachment(_ attachment: InquiryAttachment) async throws {
        let sql = database as! any SQLDatabase
        try await sql.insert(into: Self.attachments).columns(
            "id", "inquiry_id", "sha256", "format", "size", "original_name", "uploaded_at"
        )
        .values(
            SQLBind(attachment.id), SQLBind(attachment.inquiryID), SQLBind(attachment.sha256),
            SQLBind(attachment.format.rawValue), SQLBind(attachment.size), SQLBind(attachment.originalName),
            SQLBind(attachment.uploadedAt)
        )
        .run()
    }

    /// The question's attachment, if it has one.
    public func attachment(of inquiryID: UUID) async throws -> InquiryAttachment? {
        let sql = database as! any SQLDatabase
        guard
            let row = try await sql.select().columns(
                "id", "inquiry_id", "sha256", "format", "size", "original_name", "uploaded_at"
            ).from(Self.attachments)
                .where("inquiry_id", .equal, SQLBind(inquiryID)).first()
        else { return nil }
        return InquiryAttachment(
            id: try row.decode(column: "id", as: UUID.self), inquiryID: inquiryID,
            sha256: try row.decode(column: "sha256", as: String.self),
            format: DocumentFormat(rawValue: try row.decode(column: "format", as: String.self)) ?? .pdf,
            size: try row.decode(column: "size", as: Int.self),
            originalName: try row.decode(column: "original_name", as: String.self),
            uploadedAt: try row.decode(column: "uploaded_at", as: Date.self)
        )
    }
}
