import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// Fixed-window counters kept in the database, so limits hold across instances.
public struct RateLimitRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Counts one hit for `key` and says whether it is within `limit` hits per `window`.
    public func hit(_ key: String, limit: Int, window: TimeInterval, at now: Date) async throws -> Bool {
        try await database.writeTransaction { db in
            try await RateLimitRepository(database: db).hitInTransaction(key, limit: limit, window: window, at: now)
        }
    }

    /// `hit`, on a database that is already a write transaction's, so the hit commits with that
    /// transaction's other writes.
    public func hitInTransaction(_ key: String, limit: Int, window: TimeInterval, at now: Date) async throws -> Bool {
        let windowStart = now.addingTimeInterval(-window)
        let sql = database as! any SQLDatabase
        // One statement: it runs inside the serialized write section, where each statement costs
        // a round trip to SQLite's thread. The SET expressions read the row as it was, on both databases.
        let row = try await sql.raw(
            """
            INSERT INTO rate_limits (key, window_start, hits) VALUES (\(bind: key), \(bind: now), 1)
            ON CONFLICT (key) DO UPDATE SET
                hits = CASE WHEN rate_limits.window_start <= \(bind: windowStart) THEN 1 ELSE rate_limits.hits + 1 END,
                window_start = CASE WHEN rate_limits.window_start <= \(bind: windowStart) THEN \(bind: now) ELSE rate_limits.window_start END
            RETURNING hits
            """
        ).first()
        let hits = try row?.decode(column: "hits", as: Int.self) ?? 1
        return hits <= limit
    }

    /// The hits counted for `key` in its current window (0 when the window has passed).
    public func current(_ key: String, window: TimeInterval, at now: Date) async throws -> Int {
        guard let row = try await RateLimitModel.find(key, on: database),
            now.timeIntervalSince(row.windowStart) < window
        else { return 0 }
        return row.hits
    }

    /// Forgets the counter for `key`.
    public func reset(_ key: String) async throws {
        try await RateLimitModel.query(on: database).filter(\.$id == key).delete()
    }
}
