import Fluent
import Foundation

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

/// The single row of `audit_head`: the chain's last sequence and hash.
///
/// Appending updates this row first, which serializes appends: PostgreSQL takes a row lock
/// across instances, and SQLite takes its one write lock.
public final class AuditHeadModel: Model, @unchecked Sendable {
    public static let schema = "audit_head"

    @ID(custom: "id", generatedBy: .user) public var id: Int?
    @Field(key: "last_sequence") public var lastSequence: Int
    @Field(key: "last_hash") public var lastHash: String

    public init() {}
}

/// A row of `settings`: installation-wide values such as the generated secret key.
public final class SettingModel: Model, @unchecked Sendable {
    public static let schema = "settings"

    @ID(custom: "key", generatedBy: .user) public var id: String?
    @Field(key: "value") public var value: String

    public init() {}

    init(key: String, value: String) {
        self.id = key
        self.value = value
    }
}

/// A row of `rate_limits`: a counter for one key (an IP address, an account) in a fixed window.
public final class RateLimitModel: Model, @unchecked Sendable {
    public static let schema = "rate_limits"

    @ID(custom: "key", generatedBy: .user) public var id: String?
    @Field(key: "window_start") public var windowStart: Date
    @Field(key: "hits") public var hits: Int

    public init() {}
}
