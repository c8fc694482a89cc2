import Crypto
import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// The append-only, hash-chained audit log.
public struct AuditLog: Sendable {
    private let database: any Database

    /// A log on `database`; pass the transaction's database so the entry commits with the change.
    public init(database: any Database) {
        self.database = database
    }

    /// Appends `event` at `now`, linking it to the previous entry.
    ///
    /// Call inside the write transaction of the change being audited. The head row is updated
    /// before it is read so that concurrent appends wait for each other (a row lock on PostgreSQL,
    /// the write lock on SQLite) and the chain never forks.
    @discardableResult
    public func append(_ event: AuditEvent, at now: Date) async throws -> AuditRecord {
        let sql = database as! any SQLDatabase
        let group = GroupAuditHead.current
        let head: (lastSequence: Int, lastHash: String)
        if let group {
            // Inside a SQLite write group, which holds the write lock and keeps the head for all its bodies.
            let loaded = try await group.load(on: sql)
            head = (loaded.sequence, loaded.hash)
        } else {
            try await sql.raw("UPDATE audit_head SET last_sequence = last_sequence WHERE id = 1").run()
            // Plain columns, not models: every change in the application passes through here.
            guard
                let headRow = try await sql.select().columns("last_sequence", "last_hash").from(AuditHeadModel.schema)
                    .where("id", .equal, SQLBind(1)).first()
            else {
                throw DatabaseSetupError(description: "the audit head row is missing; run the migrations")
            }
            head = (
                try headRow.decode(column: "last_sequence", as: Int.self),
                try headRow.decode(column: "last_hash", as: String.self)
            )
        }
        let record = AuditRecord(
            sequence: head.lastSequence + 1,
            occurredAt: AuditRecord.storedInstant(now),
            actorID: event.actorID,
            actorName: event.actorName,
            actingRole: event.actingRole,
            action: event.action.rawValue,
            recordType: event.recordType.rawValue,
            recordID: event.recordID,
            summary: event.summary,
            clientIP: event.clientIP
        )
        let hash = Self.hash(record, previousHash: head.lastHash)
        try await sql.insert(into: AuditEntryModel.schema)
            .columns(
                "id", "sequence", "occurred_at", "actor_id", "actor_name", "acting_role", "action", "record_type",
                "record_id", "summary", "client_ip", "previous_hash", "hash"
            )
            .values(
                SQLBind(try database.ids.next()), SQLBind(record.sequence), SQLBind(record.occurredAt),
                SQLBind(record.actorID), SQLBind(record.actorName), SQLBind(record.actingRole),
                SQLBind(record.action), SQLBind(record.recordType), SQLBind(record.recordID), SQLBind(record.summary),
                SQLBind(record.clientIP), SQLBind(head.lastHash), SQLBind(hash)
            )
            .run()
        if let group {
            group.advance(to: record.sequence, hash: hash)
        } else {
            try await sql.update(AuditHeadModel.schema).set("last_sequence", to: SQLBind(record.sequence)).set(
                "last_hash", to: SQLBind(hash)
            ).where("id", .equal, SQLBind(1)).run()
        }
        return record
    }

    /// Walks the whole chain in order and returns the first broken entry, or nil when it is intact.
    ///
    /// Reads in pages so a long log never sits in memory whole.
    public func verify(pageSize: Int = 1000) async throws -> AuditChainBreak? {
        var previousHash = ""
        var expectedSequence = 1
        while true {
            let page = try await AuditEntryModel.query(on: database)
                .filter(\.$sequence >= expectedSequence)
                .sort(\.$sequence)
                .limit(pageSize)
                .all()
            if page.isEmpty { break }
            for row in page {
                if row.sequence != expectedSequence {
                    return AuditChainBreak(sequence: expectedSequence, reason: .gap(expected: expectedSequence))
                }
                if row.previousHash != previousHash {
                    return AuditChainBreak(sequence: row.sequence, reason: .linkBroken)
                }
                if Self.hash(Self.record(from: row), previousHash: row.previousHash) != row.hash {
                    return AuditChainBreak(sequence: row.sequence, reason: .contentChanged)
                }
                previousHash = row.hash
                expectedSequence += 1
            }
        }
        guard let head = try await AuditHeadModel.find(1, on: database) else { return nil }
        if head.lastSequence != expectedSequence - 1 || head.lastHash != previousHash {
            // Entries at the end of the chain were removed: the head still remembers them.
            return AuditChainBreak(sequence: expectedSequence, reason: .gap(expected: expectedSequence))
        }
        return nil
    }

    /// A page of entries matching `filter`, newest first, and whether more follow.
    public func browse(_ filter: AuditFilter, page: Int, perPage: Int) async throws -> (
        entries: [AuditRecord], hasMore: Bool
    ) {
        var query = AuditEntryModel.query(on: database)
        if let actorID = filter.actorID { query = query.filter(\.$actorID == actorID) }
        if let prefix = filter.actionPrefix, !prefix.isEmpty {
            query = query.filter(\.$action >= prefix).filter(\.$action < prefix + "\u{FFFF}")
        }
        if let recordType = filter.recordType, !recordType.isEmpty { query = query.filter(\.$recordType == recordType) }
        if let recordID = filter.recordID, !recordID.isEmpty { query = query.filter(\.$recordID == recordID) }
        if let from = filter.from { query = query.filter(\.$occurredAt >= from) }
        if let until = filter.until { query = query.filter(\.$occurredAt < until) }
        let rows =
            try await query
            .sort(\.$sequence, .descending)
            .offset(max(0, page - 1) * perPage)
            .limit(perPage + 1)
            .all()
        return (rows.prefix(perPage).map(Self.record(from:)), rows.count > perPage)
    }

    /// The SHA-256, in lower-case hex, of the record's canonical text after `previousHash`.
    static func hash(_ record: AuditRecord, previousHash: String) -> String {
        let digest = SHA256.hash(data: Data(record.canonicalText(previousHash: previousHash).utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    private static func record(from row: AuditEntryModel) -> AuditRecord {
        AuditRecord(
            sequence: row.sequence,
            occurredAt: row.occurredAt,
            actorID: row.actorID,
            actorName: row.actorName,
            actingRole: row.actingRole,
            action: row.action,
            recordType: row.recordType,
            recordID: row.recordID,
            summary: row.summary,
            clientIP: row.clientIP
        )
    }
}
