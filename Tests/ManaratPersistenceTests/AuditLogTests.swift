import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import SQLKit
import Testing

@Suite("The hash-chained audit log, on the configured database")
struct AuditLogTests {
    static func event(_ number: Int) -> AuditEvent {
        AuditEvent(
            actorID: UUID(), actorName: "noura", actingRole: "relations", action: .articleVote, recordType: .article,
            recordID: "\(number)", summary: "change \(number) — تغيير", clientIP: "10.0.0.\(number % 250)")
    }

    static func append(_ count: Int, on database: any Database, at now: Date) async throws {
        for number in 1...count {
            _ = try await database.writeTransaction { db in
                try await AuditLog(database: db).append(
                    Self.event(number), at: now.addingTimeInterval(Double(number) * 0.0017))
            }
        }
    }

    @Test("an untouched chain verifies")
    func intactChainVerifies() async throws {
        try await withApp { app, harness in
            // setup
            try await Self.append(12, on: app.db, at: harness.clock.now)
            // act
            let broken = try await AuditLog(database: app.db).verify(pageSize: 5)
            // assert
            #expect(broken == nil)
        }
    }

    @Test("editing one stored entry breaks the chain exactly there")
    func editedEntryIsNamed() async throws {
        try await withApp { app, harness in
            // setup
            try await Self.append(10, on: app.db, at: harness.clock.now)
            let sql = app.db as! any SQLDatabase
            // act
            try await sql.raw("UPDATE audit_entries SET summary = 'nothing happened' WHERE sequence = 6").run()
            let broken = try await AuditLog(database: app.db).verify(pageSize: 4)
            // assert
            #expect(broken == AuditChainBreak(sequence: 6, reason: .contentChanged))
        }
    }

    @Test("deleting an entry in the middle or at the end is found")
    func deletedEntryIsFound() async throws {
        try await withApp { app, harness in
            // setup
            try await Self.append(8, on: app.db, at: harness.clock.now)
            let sql = app.db as! any SQLDatabase
            // act
            try await sql.raw("DELETE FROM audit_entries WHERE sequence = 8").run()
            let atEnd = try await AuditLog(database: app.db).verify()
            try await sql.raw("DELETE FROM audit_entries WHERE sequence = 3").run()
            let inMiddle = try await AuditLog(database: app.db).verify()
            // assert
            #expect(atEnd == AuditChainBreak(sequence: 8, reason: .gap(expected: 8)))
            #expect(inMiddle == AuditChainBreak(sequence: 3, reason: .gap(expected: 3)))
        }
    }

    @Test("an entry rewritten with a recomputed own hash still breaks the link to the next one")
    func rewrittenEntryBreaksLink() async throws {
        try await withApp { app, harness in
            // setup
            try await Self.append(5, on: app.db, at: harness.clock.now)
            let sql = app.db as! any SQLDatabase
            // act: a forger changes entry 2 and its hash, but cannot change entry 3's stored link
            try await sql.raw("UPDATE audit_entries SET hash = 'forged' WHERE sequence = 2").run()
            let broken = try await AuditLog(database: app.db).verify()
            // assert
            #expect(broken?.sequence == 2)
        }
    }

    @Test("appends from many concurrent transactions form one unbroken chain")
    func concurrentAppends() async throws {
        try await withApp { app, harness in
            // setup
            let database = app.db
            let now = harness.clock.now
            // act
            try await withThrowingTaskGroup(of: Void.self) { group in
                for number in 1...12 {
                    group.addTask {
                        _ = try await database.writeTransaction { db in
                            try await AuditLog(database: db).append(Self.event(number), at: now)
                        }
                    }
                }
                try await group.waitForAll()
            }
            let broken = try await AuditLog(database: app.db).verify()
            let count = try await AuditEntryModel.query(on: app.db).count()
            // assert
            #expect(broken == nil)
            #expect(count == 12)
        }
    }

    @Test(
        "of 20 writers arriving together, the 4 that fail are rolled back alone: each caller gets its own answer and the other 16 entries form one chain"
    )
    func failuresInAGroupStayAlone() async throws {
        try await withApp { app, harness in
            // setup
            struct Refused: Error, Equatable { let number: Int }
            let database = app.db
            let now = harness.clock.now
            // act
            let answers = try await withThrowingTaskGroup(of: (Int, Result<String, Refused>).self) { group in
                for number in 1...20 {
                    group.addTask {
                        do {
                            let value = try await database.writeTransaction { db -> String in
                                try await AuditLog(database: db).append(Self.event(number), at: now)
                                if number % 5 == 0 { throw Refused(number: number) }
                                return "saved \(number)"
                            }
                            return (number, .success(value))
                        } catch let refused as Refused {
                            return (number, .failure(refused))
                        }
                    }
                }
                return try await group.reduce(into: [Int: Result<String, Refused>]()) { $0[$1.0] = $1.1 }
            }
            let kept = Set(try await AuditEntryModel.query(on: app.db).all().map(\.recordID))
            let broken = try await AuditLog(database: app.db).verify()
            // assert
            for number in 1...20 {
                if number % 5 == 0 {
                    #expect(answers[number] == .failure(Refused(number: number)))
                    #expect(!kept.contains("\(number)"))
                } else {
                    #expect(answers[number] == .success("saved \(number)"))
                    #expect(kept.contains("\(number)"))
                }
            }
            #expect(kept.count == 16)
            #expect(broken == nil)
        }
    }

    @Test(
        "a write runs with durable settings: on SQLite the commit is synced (synchronous=FULL) and foreign keys are enforced; on PostgreSQL the commit waits for its WAL (synchronous_commit on)"
    )
    func writerConnectionSettings() async throws {
        try await withApp { app, _ in
            // setup
            let sqlite = app.db.isSQLite
            // act
            let settings = try await app.db.writeTransaction { db -> [String] in
                let sql = db as! any SQLDatabase
                if sqlite {
                    let synchronous = try await sql.raw("PRAGMA synchronous").first()?.decode(
                        column: "synchronous", as: Int.self)
                    let foreignKeys = try await sql.raw("PRAGMA foreign_keys").first()?.decode(
                        column: "foreign_keys", as: Int.self)
                    return [String(synchronous ?? -1), String(foreignKeys ?? -1)]
                }
                return [
                    try await sql.raw("SHOW synchronous_commit").first()?.decode(
                        column: "synchronous_commit", as: String.self) ?? ""
                ]
            }
            // assert
            #expect(settings == (sqlite ? ["2", "1"] : ["on"]))
        }
    }

    @Test("a failed change leaves no audit entry behind")
    func rollbackTakesTheEntry() async throws {
        try await withApp { app, harness in
            // setup
            struct Refused: Error {}
            // act
            await #expect(throws: Refused.self) {
                try await app.db.writeTransaction { db in
                    try await AuditLog(database: db).append(Self.event(1), at: harness.clock.now)
                    throw Refused()
                }
            }
            let count = try await AuditEntryModel.query(on: app.db).count()
            let broken = try await AuditLog(database: app.db).verify()
            // assert
            #expect(count == 0)
            #expect(broken == nil)
        }
    }

    @Test("browsing filters by action prefix, record and time, newest first")
    func browseFilters() async throws {
        try await withApp { app, harness in
            // setup
            try await Self.append(6, on: app.db, at: harness.clock.now)
            let log = AuditLog(database: app.db)
            // act
            let all = try await log.browse(AuditFilter(), page: 1, perPage: 4)
            let secondPage = try await log.browse(AuditFilter(), page: 2, perPage: 4)
            let one = try await log.browse(AuditFilter(recordType: "article", recordID: "3"), page: 1, perPage: 4)
            let none = try await log.browse(AuditFilter(actionPrefix: "staff."), page: 1, perPage: 4)
            let late = try await log.browse(
                AuditFilter(from: harness.clock.now.addingTimeInterval(0.0017 * 5)), page: 1, perPage: 10)
            // assert
            #expect(all.entries.map(\.sequence) == [6, 5, 4, 3])
            #expect(all.hasMore)
            #expect(secondPage.entries.map(\.sequence) == [2, 1])
            #expect(!secondPage.hasMore)
            #expect(one.entries.map(\.sequence) == [3])
            #expect(none.entries.isEmpty)
            #expect(late.entries.map(\.sequence) == [6, 5])
        }
    }
}
