import Fluent

/// A research report also records the quantity recommended (for in-kind help) and the needs
/// assessment the researcher updated with it: its total and priority at the time of the report.
/// One column a statement, because SQLite adds one column per ALTER TABLE.
struct M0026_ResearchReportNeeds: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("research_reports").field("recommended_quantity", .string).update()
        try await database.schema("research_reports").field("needs_total", .int).update()
        try await database.schema("research_reports").field("needs_level", .string).update()
    }

    func revert(on database: any Database) async throws {
        for column in ["needs_level", "needs_total", "recommended_quantity"] {
            try await database.schema("research_reports").deleteField(.key(.init(stringLiteral: column))).update()
        }
    }
}
