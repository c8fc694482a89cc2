import Fluent
import SQLKit

/// Creates the search terms table and the registry's indexes.
///
/// Search matches word prefixes with a range on `term` (`term >= q AND term < q + U+FFFF`), which
/// both databases answer from a b-tree index. On PostgreSQL the column uses the "C" collation so the
/// index order is plain code-point order, the same as SQLite's BINARY, whatever the cluster's locale.
struct M0009_CreateSearchAndRegistryIndexes: AsyncMigration {
    private static let indexes: [IndexSpec] = [
        IndexSpec("idx_search_terms_term", on: "search_terms", ["term", "beneficiary_id"]),
        IndexSpec("idx_search_terms_beneficiary", on: "search_terms", ["beneficiary_id"]),
        IndexSpec("idx_beneficiaries_born_on", on: "beneficiaries", ["born_on"]),
        IndexSpec("idx_beneficiaries_phone", on: "beneficiaries", ["phone"]),
        IndexSpec("idx_beneficiaries_created", on: "beneficiaries", ["created_at"]),
        IndexSpec("idx_beneficiary_categories_category", on: "beneficiary_categories", ["category_id"]),
        IndexSpec("idx_households_head", on: "households", ["head_id"]),
        IndexSpec("idx_household_members_household", on: "household_members", ["household_id"]),
        IndexSpec("idx_household_members_identity", on: "household_members", ["identity_type", "identity_number"]),
        IndexSpec("idx_needs_assessments_beneficiary", on: "needs_assessments", ["beneficiary_id", "assessed_at"]),
        IndexSpec("idx_consents_beneficiary", on: "consents", ["beneficiary_id"]),
        IndexSpec("idx_contacts_party", on: "contacts", ["party_kind", "party_id", "occurred_at"]),
        IndexSpec("idx_contacts_follow_up", on: "contacts", ["follow_up_done", "follow_up_on"]),
        IndexSpec("idx_support_entries_supporter", on: "support_entries", ["supporter_id", "received_on"]),
        IndexSpec("idx_volunteers_status", on: "volunteers", ["status", "applied_at"]),
        IndexSpec("idx_volunteer_hours_volunteer", on: "volunteer_hours", ["volunteer_id"]),
        IndexSpec("idx_duplicate_decisions_beneficiary", on: "duplicate_decisions", ["beneficiary_id"]),
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        let collation = database.isSQLite ? "" : " COLLATE \"C\""
        try await sql.raw(
            """
            CREATE TABLE search_terms (
                id \(unsafeRaw: database.isSQLite ? "BLOB" : "UUID") PRIMARY KEY,
                beneficiary_id \(unsafeRaw: database.isSQLite ? "BLOB" : "UUID") NOT NULL REFERENCES beneficiaries(id) ON DELETE CASCADE,
                term TEXT\(unsafeRaw: collation) NOT NULL
            )
            """
        ).run()
        try await IndexSpec.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await IndexSpec.drop(Self.indexes.filter { $0.table != "search_terms" }, on: database)
        try await sql.raw("DROP TABLE search_terms").run()
    }
}
