import Fluent
import Foundation
import ManaratDomain

/// A row of `sessions`: one signed-in browser. Only the SHA-256 of the cookie's token is stored,
/// so a copy of the database does not hand out working sessions.
public final class SessionModel: Model, @unchecked Sendable {
    public static let schema = "sessions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "token_hash") public var tokenHash: String
    @OptionalField(key: "staff_id") public var staffID: UUID?
    @OptionalField(key: "beneficiary_id") public var beneficiaryID: UUID?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "last_seen_at") public var lastSeenAt: Date
    @OptionalField(key: "client_ip") public var clientIP: String?

    public init() {}
}
