import Fluent
import ManaratDomain
import SQLKit

/// Whether a request awaits the committee's answer, as a column of its own, so the default staff
/// list (those requests by due day) is one ordered walk of one index on both databases. With a
/// condition on six statuses instead, SQLite sorted every open request for each page.
struct M0027_RequestsAwaitingDecision: AsyncMigration {
    private static let index = IndexSpec(
        "idx_requests_awaiting_due", on: "support_requests", ["awaits_decision", "expected_response_on", "created_at"])

    func prepare(on database: any Database) async throws {
        try await database.schema("support_requests").field("awaits_decision", .bool, .required, .sql(.default(false)))
            .update()
        let sql = database as! any SQLDatabase
        let open = RequestStatus.allCases.filter(\.awaitsDecision).map(\.rawValue)
        try await sql.update("support_requests").set("awaits_decision", to: SQLBind(true)).where(
            "status", .in, SQLBind.group(open)
        ).run()
        try await IndexSpec.create([Self.index], on: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexSpec.drop([Self.index], on: database)
        try await database.schema("support_requests").deleteField("awaits_decision").update()
    }
}
