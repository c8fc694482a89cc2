import Foundation

/// A stored file's identity: its SHA-256, size and detected format.
public struct StoredBlob: Sendable, Equatable {
    /// The content's name: lower-case hex of its keyed hash (`DataProtection.contentName`; plain
    /// SHA-256 for files stored before documents were sealed). The same file uploaded twice is
    /// stored once. The column keeps its first name, `sha256`.
    public var sha256: String
    /// Size in bytes.
    public var size: Int
    /// The detected format's MIME type.
    public var mimeType: String

    /// A value from its parts.
    public init(
        sha256: String,
        size: Int,
        mimeType: String
    ) {
        self.sha256 = sha256
        self.size = size
        self.mimeType = mimeType
    }
}
