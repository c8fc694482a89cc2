import Fluent
import SQLKit

/// Named sequences that never hand out the same number twice, on either database.
public struct Counters: Sendable {
    private let database: any Database

    /// Counters on `database`; call inside a write transaction.
    public init(database: any Database) {
        self.database = database
    }

    /// The next value of `name`, starting at 1.
    ///
    /// The row is updated before it is read, so concurrent callers wait on its lock (PostgreSQL)
    /// or on the write lock (SQLite) and each gets its own number.
    public func next(_ name: String) async throws -> Int {
        let sql = database as! any SQLDatabase
        try await sql.raw("UPDATE counters SET value = value + 1 WHERE name = \(bind: name)").run()
        if let row = try await CounterModel.find(name, on: database) {
            return row.value
        }
        let row = CounterModel()
        row.id = name
        row.value = 1
        try await row.create(on: database)
        return 1
    }
}
