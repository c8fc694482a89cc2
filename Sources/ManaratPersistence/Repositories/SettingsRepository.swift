import Fluent
import SQLKit
import Foundation

/// Installation-wide values shared by every instance.
public struct SettingsRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// The value stored under `key`.
    public func value(_ key: String) async throws -> String? {
        try await SettingModel.find(key, on: database)?.value
    }

    /// Stores `value` under `key`, replacing what was there; call inside a write transaction.
    public func set(_ key: String, to value: String) async throws {
        if let row = try await SettingModel.find(key, on: database) {
            row.value = value
            try await row.update(on: database)
        } else {
            try await SettingModel(key: key, value: value).create(on: database)
        }
    }

    /// The value under `key`, storing `make()` first if there is none.
    ///
    /// When two instances start together both may try to store a value; the loser's insert fails
    /// on the primary key and it reads the winner's, so every instance ends up with the same one.
    public func valueCreatingIfMissing(_ key: String, make: () -> String) async throws -> String {
        if let existing = try await value(key) { return existing }
        do {
            try await SettingModel(key: key, value: make()).create(on: database)
        } catch {
            guard let existing = try await value(key) else { throw error }
            return existing
        }
        return try await value(key)!
    }
}

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
        let row = try await sql.raw("""
            INSERT INTO rate_limits (key, window_start, hits) VALUES (\(bind: key), \(bind: now), 1)
            ON CONFLICT (key) DO UPDATE SET
                hits = CASE WHEN rate_limits.window_start <= \(bind: windowStart) THEN 1 ELSE rate_limits.hits + 1 END,
                window_start = CASE WHEN rate_limits.window_start <= \(bind: windowStart) THEN \(bind: now) ELSE rate_limits.window_start END
            RETURNING hits
            """).first()
        let hits = try row?.decode(column: "hits", as: Int.self) ?? 1
        return hits <= limit
    }

    /// The hits counted for `key` in its current window (0 when the window has passed).
    public func current(_ key: String, window: TimeInterval, at now: Date) async throws -> Int {
        guard let row = try await RateLimitModel.find(key, on: database), now.timeIntervalSince(row.windowStart) < window else { return 0 }
        return row.hits
    }

    /// Forgets the counter for `key`.
    public func reset(_ key: String) async throws {
        try await RateLimitModel.query(on: database).filter(\.$id == key).delete()
    }
}
