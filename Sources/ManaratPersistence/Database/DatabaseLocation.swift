import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import ManaratDomain
import NIOConcurrencyHelpers
import NIOCore
import SQLKit

/// Where Manarat keeps its data: an embedded SQLite file by default, or PostgreSQL.
public enum DatabaseLocation: Sendable, Equatable {
    /// One SQLite file in WAL mode, for a single instance.
    case sqlite(path: String)
    /// A PostgreSQL database; `schema`, when set, is created if missing and used as the search path
    /// (tests give each test its own schema).
    case postgres(url: String, schema: String?)

    /// Reads the location from the environment: `DATABASE_URL` (postgres://…) or `MANARAT_SQLITE_PATH`.
    public static func from(environment: [String: String]) -> DatabaseLocation {
        if let url = environment["DATABASE_URL"], url.hasPrefix("postgres") {
            return .postgres(url: url, schema: environment["MANARAT_DB_SCHEMA"])
        }
        return .sqlite(path: environment["MANARAT_SQLITE_PATH"] ?? "./data/manarat.sqlite")
    }
}
