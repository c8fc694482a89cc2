import Fluent
import SQLKit

/// Named sequences that never hand out the same number twice, on either database.
public struct Counters: Sendable {
    private let database: any Database

    /// Counters on `database`; call inside a write transaction.
    public init(database: any Database) {
        self.database = database
    }

    /// Reserves `count` consecutive values of `name` at once and returns them.
    public func reserve(_ name: String, count: Int) async throws -> ClosedRange<Int> {
        precondition(count > 0)
        let sql = database as! any SQLDatabase
        try await sql.raw("UPDATE counters SET value = value + \(bind: count) WHERE name = \(bind: name)").run()
        guard let row = try await CounterModel.find(name, on: database) else {
            let first = try await next(name)
            try await sql.raw("UPDATE counters SET value = value + \(bind: count - 1) WHERE name = \(bind: name)").run()
            return first...(first + count - 1)
        }
        return (row.value - count + 1)...row.value
    }

    /// The next value of `name`, starting at 1.
    ///
    /// The row is updated and read in one statement, so concurrent callers wait on its lock
    /// (PostgreSQL) or on the write lock (SQLite) and each gets its own number.
    public func next(_ name: String) async throws -> Int {
        let sql = database as! any SQLDatabase
        // One statement (both databases know RETURNING): it runs inside the serialized write section.
        if let row = try await sql.raw(
            "UPDATE counters SET value = value + 1 WHERE name = \(bind: name) RETURNING value"
        ).first() {
            return try row.decode(column: "value", as: Int.self)
        }
        let row = CounterModel()
        row.id = name
        row.value = 1
        try await row.create(on: database)
        return 1
    }
}
