import Crypto
import Fluent
import Foundation
import ManaratDomain

/// A row of `portal_codes`.
public final class PortalCodeModel: Model, @unchecked Sendable {
    public static let schema = "portal_codes"
    @ID(key: .id) public var id: UUID?
    @Field(key: "identity_number") public var identityNumber: String
    @OptionalField(key: "beneficiary_id") public var beneficiaryID: UUID?
    @Field(key: "code_hash") public var codeHash: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "expires_at") public var expiresAt: Date
    @Field(key: "attempts") public var attempts: Int
    @OptionalField(key: "consumed_at") public var consumedAt: Date?
    public init() {}
}
