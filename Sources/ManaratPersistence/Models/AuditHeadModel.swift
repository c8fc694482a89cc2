import Fluent
import Foundation
import ManaratDomain

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
