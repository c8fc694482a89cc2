import Fluent
import Foundation
import ManaratDomain

/// A row of `request_documents`: one uploaded document of a request.
public final class RequestDocumentModel: Model, @unchecked Sendable {
    public static let schema = "request_documents"
    @ID(key: .id) public var id: UUID?
    @Field(key: "request_id") public var requestID: UUID
    @Field(key: "kind") public var kind: String
    @Field(key: "sha256") public var sha256: String
    @Field(key: "format") public var format: String
    @Field(key: "size") public var size: Int
    @Field(key: "original_name") public var originalName: String
    @OptionalField(key: "issued_on") public var issuedOn: String?
    @OptionalField(key: "expires_on") public var expiresOn: String?
    @OptionalField(key: "identity_number") public var identityNumber: String?
    @OptionalField(key: "uploaded_by") public var uploadedBy: UUID?
    @Field(key: "uploaded_at") public var uploadedAt: Date
    public init() {}
}
