import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// Idempotency keys of form submissions (see `M0034_CreateSubmissions`).
public struct Submissions: Sendable {
    private let database: any Database

    /// The keys on `database`; call inside the write transaction that creates the record.
    public init(database: any Database) {
        self.database = database
    }

    /// Whether `key` is a key a rendered form could carry (a UUID), so no one stores arbitrary text.
    public static func isWellFormed(_ key: String) -> Bool {
        key.count == 36 && UUID(uuidString: key) != nil
    }

    /// Claims `key` for `recordID`; returns nil when it was new (go on and create the record), or
    /// the record its first submission created (answer with that one, create nothing).
    ///
    /// One statement on the usual path. Two submissions with one key in one transaction, or in
    /// two at once, meet at the key's primary key: the second finds the first's record.
    public func claim(_ key: String, recordID: UUID, at now: Date) async throws -> UUID? {
        let sql = database as! any SQLDatabase
        let inserted = try await sql.raw(
            "INSERT INTO submissions (key, record_id, created_at) VALUES (\(bind: key), \(bind: recordID), \(bind: now)) ON CONFLICT (key) DO NOTHING RETURNING record_id"
        ).first()
        if inserted != nil { return nil }
        return try await claimed(key)
    }

    /// The record that `key`'s first submission created, if the key was claimed.
    public func claimed(_ key: String) async throws -> UUID? {
        let sql = database as! any SQLDatabase
        return try await sql.select().column("record_id").from("submissions").where("key", .equal, SQLBind(key))
            .first()?.decode(column: "record_id", as: UUID.self)
    }
}
