import Fluent
import SQLKit

/// Indexes a migration creates. Fluent's schema builder cannot create indexes, so they go through
/// SQLKit, which writes the same statement for SQLite and PostgreSQL.
struct IndexSpec: Sendable {
    let name: String
    let table: String
    let columns: [String]

    init(_ name: String, on table: String, _ columns: [String]) {
        self.name = name
        self.table = table
        self.columns = columns
    }

    /// Creates each index.
    static func create(_ indexes: [IndexSpec], on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in indexes {
            var builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    /// Drops each index.
    static func drop(_ indexes: [IndexSpec], on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in indexes { try await sql.drop(index: index.name).run() }
    }
}
