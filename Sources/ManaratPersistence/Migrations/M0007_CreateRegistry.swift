import Fluent
import SQLKit

/// Creates the registry: categories, beneficiaries, households, assessments, consents.
struct M0007_CreateRegistry: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("counters")
            .field("name", .string, .identifier(auto: false))
            .field("value", .int64, .required)
            .create()
        let fileCounter = CounterModel()
        fileCounter.id = BeneficiaryRepository.fileCounter
        fileCounter.value = 0
        try await fileCounter.create(on: database)
        try await database.schema("categories")
            .id()
            .field("code", .string, .required)
            .field("name_ar", .string, .required)
            .field("name_en", .string, .required)
            .field("is_active", .bool, .required)
            .field("sort_order", .int, .required)
            .unique(on: "code")
            .create()
        try await database.schema("beneficiaries")
            .id()
            .field("file_number", .string, .required)
            .field("first_name", .string, .required)
            .field("father_name", .string, .required)
            .field("grandfather_name", .string, .required)
            .field("family_name", .string, .required)
            .field("latin_name", .string, .required)
            .field("identity_type", .string, .required)
            .field("identity_number", .string, .required)
            .field("identity_expires_on", .string)
            .field("nationality", .string, .required)
            .field("gender", .string, .required)
            .field("born_on", .string)
            .field("marital_status", .string, .required)
            .field("phone", .string, .required)
            .field("phone_other", .string, .required)
            .field("city", .string, .required)
            .field("district", .string, .required)
            .field("address", .string, .required)
            .field("national_address_code", .string, .required)
            .field("income_sources", .string, .required)
            .field("health_conditions", .string, .required)
            .field("preferred_language", .string, .required)
            .field("preferred_channel", .string, .required)
            .field("branch_id", .uuid, .references("branches", "id"))
            .field("search_name", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "identity_type", "identity_number")
            .unique(on: "file_number")
            .create()
        try await database.schema("beneficiary_categories")
            .id()
            .field("beneficiary_id", .uuid, .required, .references("beneficiaries", "id", onDelete: .cascade))
            .field("category_id", .uuid, .required, .references("categories", "id"))
            .unique(on: "beneficiary_id", "category_id")
            .create()
        try await database.schema("households")
            .id()
            .field("head_id", .uuid, .required, .references("beneficiaries", "id"))
            .field("monthly_income", .int64, .required)
            .field("monthly_rent", .int64, .required)
            .field("debts", .int64, .required)
            .field("housing", .string, .required)
            .field("is_active", .bool, .required)
            .field("updated_at", .datetime, .required)
            .create()
        try await database.schema("household_members")
            .id()
            .field("household_id", .uuid, .required, .references("households", "id", onDelete: .cascade))
            .field("full_name", .string, .required)
            .field("relation", .string, .required)
            .field("gender", .string, .required)
            .field("identity_type", .string)
            .field("identity_number", .string)
            .field("born_on", .string)
            .field("health_conditions", .string, .required)
            .field("parentage_note", .string, .required)
            .field("beneficiary_id", .uuid, .references("beneficiaries", "id"))
            .field("is_active", .bool, .required)
            .create()
        try await database.schema("needs_assessments")
            .id()
            .field("beneficiary_id", .uuid, .required, .references("beneficiaries", "id", onDelete: .cascade))
            .field("factors", .string, .required)
            .field("weights", .string, .required)
            .field("total", .int, .required)
            .field("level", .string, .required)
            .field("assessed_by", .uuid)
            .field("assessed_by_name", .string, .required)
            .field("assessed_at", .datetime, .required)
            .create()
        try await database.schema("consents")
            .id()
            .field("beneficiary_id", .uuid, .required, .references("beneficiaries", "id", onDelete: .cascade))
            .field("notice_version", .string, .required)
            .field("channel", .string, .required)
            .field("staff_id", .uuid)
            .field("given_at", .datetime, .required)
            .field("withdrawn_at", .datetime)
            .create()
        try await database.schema("duplicate_decisions")
            .id()
            .field("beneficiary_id", .uuid, .required, .references("beneficiaries", "id", onDelete: .cascade))
            .field("other_id", .uuid, .required, .references("beneficiaries", "id", onDelete: .cascade))
            .field("decision", .string, .required)
            .field("score", .int, .required)
            .field("decided_by", .uuid)
            .field("decided_at", .datetime, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["duplicate_decisions", "consents", "needs_assessments", "household_members", "households", "beneficiary_categories", "beneficiaries", "categories", "counters"] {
            try await database.schema(table).delete()
        }
    }
}

/// Creates contacts, supporters and volunteers.
struct M0008_CreateParties: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("contacts")
            .id()
            .field("party_kind", .string, .required)
            .field("party_id", .uuid, .required)
            .field("channel", .string, .required)
            .field("direction", .string, .required)
            .field("branch_id", .uuid, .references("branches", "id"))
            .field("staff_id", .uuid)
            .field("summary", .string, .required)
            .field("follow_up_on", .string)
            .field("follow_up_done", .bool, .required)
            .field("occurred_at", .datetime, .required)
            .create()
        try await database.schema("supporters")
            .id()
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("contact_person", .string, .required)
            .field("phone", .string)
            .field("email", .string, .required)
            .field("city", .string, .required)
            .field("allowed_channels", .string, .required)
            .field("wants_news", .bool, .required)
            .field("notes", .string, .required)
            .field("search_name", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.schema("support_entries")
            .id()
            .field("supporter_id", .uuid, .required, .references("supporters", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("amount", .int64, .required)
            .field("items", .string, .required)
            .field("designation", .string, .required)
            .field("received_on", .string, .required)
            .field("recorded_at", .datetime, .required)
            .create()
        try await database.schema("volunteers")
            .id()
            .field("full_name", .string, .required)
            .field("phone", .string, .required)
            .field("email", .string, .required)
            .field("city", .string, .required)
            .field("skills", .string, .required)
            .field("availability", .string, .required)
            .field("status", .string, .required)
            .field("applied_at", .datetime, .required)
            .field("from_public_form", .bool, .required)
            .create()
        try await database.schema("volunteer_assignments")
            .id()
            .field("volunteer_id", .uuid, .required, .references("volunteers", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("branch_id", .uuid, .references("branches", "id"))
            .field("starts_on", .string, .required)
            .field("ends_on", .string)
            .create()
        try await database.schema("volunteer_hours")
            .id()
            .field("volunteer_id", .uuid, .required, .references("volunteers", "id", onDelete: .cascade))
            .field("assignment_id", .uuid, .references("volunteer_assignments", "id"))
            .field("worked_on", .string, .required)
            .field("minutes", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["volunteer_hours", "volunteer_assignments", "volunteers", "support_entries", "supporters", "contacts"] {
            try await database.schema(table).delete()
        }
    }
}

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
        try await sql.raw("""
            CREATE TABLE search_terms (
                id \(unsafeRaw: database.isSQLite ? "BLOB" : "UUID") PRIMARY KEY,
                beneficiary_id \(unsafeRaw: database.isSQLite ? "BLOB" : "UUID") NOT NULL REFERENCES beneficiaries(id) ON DELETE CASCADE,
                term TEXT\(unsafeRaw: collation) NOT NULL
            )
            """).run()
        try await IndexSpec.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await IndexSpec.drop(Self.indexes.filter { $0.table != "search_terms" }, on: database)
        try await sql.raw("DROP TABLE search_terms").run()
    }
}
