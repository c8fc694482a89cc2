import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import ManaratDomain
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

/// The audit chain's head while one SQLite write group runs: read once, advanced in memory by
/// each entry, and written back once before the group commits.
///
/// The group holds SQLite's write lock from `BEGIN IMMEDIATE` to `COMMIT`, so nothing else can
/// append in between; PostgreSQL, and SQLite outside a group, keep the head in its row.
final class GroupAuditHead: @unchecked Sendable {
    /// The head of the group the current task runs in, if any.
    @TaskLocal static var current: GroupAuditHead?

    typealias State = (sequence: Int, hash: String, dirty: Bool)?

    // Only the group's leader touches it, one body at a time.
    private var state: State = nil

    /// The head, read from its row the first time a body of the group appends.
    func load(on sql: any SQLDatabase) async throws -> (sequence: Int, hash: String) {
        if let state { return (state.sequence, state.hash) }
        guard
            let row = try await sql.select().columns("last_sequence", "last_hash").from(AuditHeadModel.schema).where(
                "id", .equal, SQLBind(1)
            ).first()
        else {
            throw DatabaseSetupError(description: "the audit head row is missing; run the migrations")
        }
        let loaded = (
            sequence: try row.decode(column: "last_sequence", as: Int.self),
            hash: try row.decode(column: "last_hash", as: String.self)
        )
        state = (loaded.sequence, loaded.hash, false)
        return loaded
    }

    /// Moves the head to the entry just inserted.
    func advance(to sequence: Int, hash: String) {
        state = (sequence, hash, true)
    }

    func snapshot() -> State { state }

    func restore(_ saved: State) { state = saved }

    /// Writes the head back, if a body moved it.
    func store(on sql: any SQLDatabase) async throws {
        guard let state, state.dirty else { return }
        try await sql.update(AuditHeadModel.schema).set("last_sequence", to: SQLBind(state.sequence)).set(
            "last_hash", to: SQLBind(state.hash)
        ).where("id", .equal, SQLBind(1)).run()
    }
}
