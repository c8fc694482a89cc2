import Crypto
import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// A row of `document_blobs`.
public final class DocumentBlobModel: Model, @unchecked Sendable {
    public static let schema = "document_blobs"
    @ID(custom: "sha256", generatedBy: .user) public var id: String?
    @Field(key: "size") public var size: Int
    @Field(key: "mime_type") public var mimeType: String
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}
