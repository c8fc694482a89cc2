import Fluent
import Foundation
import ManaratDomain

/// A row of `audit_entries`. Rows are only ever inserted.
public final class AuditEntryModel: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "sequence") public var sequence: Int
    @Field(key: "occurred_at") public var occurredAt: Date
    @OptionalField(key: "actor_id") public var actorID: UUID?
    @Field(key: "actor_name") public var actorName: String
    @OptionalField(key: "acting_role") public var actingRole: String?
    @Field(key: "action") public var action: String
    @Field(key: "record_type") public var recordType: String
    @OptionalField(key: "record_id") public var recordID: String?
    @Field(key: "summary") public var summary: String
    @OptionalField(key: "client_ip") public var clientIP: String?
    @Field(key: "previous_hash") public var previousHash: String
    @Field(key: "hash") public var hash: String

    public init() {}
}
