import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import SQLKit
import Testing

@Suite("Beneficiary search is answered from an index")
struct SearchIndexTests {
    /// The statement the search runs for one word, as the repository builds it.
    static let termRange = "SELECT beneficiary_id FROM search_terms WHERE term >= 'احمد' AND term < 'احمد\u{10FFFF}'"

    @Test("the word-prefix range on search terms uses idx_search_terms_term, not a scan, on this database")
    func searchUsesTheIndex() async throws {
        try await withApp { app, _ in
            // setup
            for index in 0..<30 {
                let number = Self.validNationalID(seed: index)
                try await Fixtures.beneficiary(
                    app, first: index % 2 == 0 ? "أحمد" : "خالد", identity: number,
                    phone: "+96655\(String(format: "%07d", index))")
            }
            // act
            let plan = try await Self.plan(Self.termRange, on: app.db)
            // assert
            #expect(plan.contains("idx_search_terms_term"), "query plan: \(plan)")
            #expect(!plan.contains("SCAN search_terms"), "query plan: \(plan)")
            #expect(!plan.contains("Seq Scan"), "query plan: \(plan)")
        }
    }

    /// The plan text: SQLite's EXPLAIN QUERY PLAN, or PostgreSQL's EXPLAIN with sequential scans
    /// priced out (a table this small would otherwise be scanned whatever indexes exist).
    static func plan(_ statement: String, on database: any Database) async throws -> String {
        try await database.withConnection { connection in
            let sql = connection as! any SQLDatabase
            if connection.isSQLite {
                return try await sql.raw("EXPLAIN QUERY PLAN \(unsafeRaw: statement)").all().map { row in
                    (try? row.decode(column: "detail", as: String.self)) ?? ""
                }.joined(separator: "\n")
            }
            try await sql.raw("SET enable_seqscan = off").run()
            let lines = try await sql.raw("EXPLAIN \(unsafeRaw: statement)").all().map { row in
                (try? row.decode(column: "QUERY PLAN", as: String.self)) ?? ""
            }
            try await sql.raw("RESET enable_seqscan").run()
            return lines.joined(separator: "\n")
        }
    }

    /// A valid Saudi national ID for a small seed: "1" + 8 digits + the Luhn check digit.
    static func validNationalID(seed: Int) -> String {
        let body = "1" + String(format: "%08d", 10_000 + seed)
        for check in 0...9 {
            let candidate = body + String(check)
            if case .success = IdentityNumber.parse(candidate, type: .nationalID) { return candidate }
        }
        return body + "0"
    }
}
