import Foundation

/// The file a question arrived with.
public struct InquiryAttachment: Sendable, Equatable {
    /// The attachment's id.
    public var id: UUID
    /// The question it belongs to.
    public var inquiryID: UUID
    /// The content's hash, the key into the document store.
    public var sha256: String
    /// The detected format.
    public var format: DocumentFormat
    /// Size in bytes.
    public var size: Int
    /// The uploaded name, cleaned; shown only.
    public var originalName: String
    /// When it arrived.
    public var uploadedAt: Date

    /// Creates a value.
    public init(
        id: UUID, inquiryID: UUID, sha256: String, format: DocumentFormat, size: Int, originalName: String,
        uploadedAt: Date
    ) {
        self.id = id
        self.inquiryID = inquiryID
        self.sha256 = sha256
        self.format = format
        self.size = size
        self.originalName = originalName
        self.uploadedAt = uploadedAt
    }
}
