import Fluent
import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("When the database cannot grow")
struct StorageFullTests {
    /// SQLite's page limit stands in for a full disk here (the same SQLITE_FULL); `scripts/disk-full-test`
    /// fills a real tmpfs under the release binary.
    @Test(
        "a post that needs room the database does not have gets a clear 503 page saying nothing was saved, leaves no row and no audit entry, and goes through once there is room again",
        .enabled(
            if: ProcessInfo.processInfo.environment["DATABASE_URL"] == nil,
            "SQLite's page limit stands in for a full disk; PostgreSQL's disk_full (53100) takes the same path but is not provoked here"
        ))
    func fullThenFreed() async throws {
        try await withApp { app, _ in
            // setup
            let visitor = TestBrowser(app: app)
            try await visitor.get("/feedback")
            let text = String(repeating: "أقترح توسيع مكان الانتظار في الفرع. ", count: 110)
            let auditBefore = try await AuditEntryModel.query(on: app.db).count()
            try await app.db.writeTransaction { db in
                let sql = db as! any SQLDatabase
                let pages =
                    try await sql.raw("PRAGMA page_count").first()?.decode(column: "page_count", as: Int.self) ?? 0
                try await sql.raw("PRAGMA max_page_count = \(unsafeRaw: String(pages))").run()
            }
            // act
            let refused = try await visitor.post("/feedback", form: [("kind", "suggestion"), ("text", text)])
            let rowsWhileFull = try await FeedbackRepository(database: app.db).list(openOnly: false).count
            let auditWhileFull = try await AuditEntryModel.query(on: app.db).count()
            try await app.db.writeTransaction { db in
                try await (db as! any SQLDatabase).raw("PRAGMA max_page_count = 1073741823").run()
            }
            try await visitor.get("/feedback")
            let accepted = try await visitor.post("/feedback", form: [("kind", "suggestion"), ("text", text)])
            // assert
            #expect(refused.status == .serviceUnavailable)
            #expect(refused.headers.first(name: .retryAfter) == "300")
            #expect(refused.body.string.contains("لم يُحفظ شيء مما أرسلته"))
            #expect(!refused.body.string.contains("SQLITE"))
            #expect(rowsWhileFull == 0)
            #expect(auditWhileFull == auditBefore)
            #expect(accepted.status == .seeOther)
            #expect(try await FeedbackRepository(database: app.db).list(openOnly: false).count == 1)
        }
    }
}
