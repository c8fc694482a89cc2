import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// Seals what was stored in the clear before the data key existed: identity numbers (with a
/// keyed hash beside them for exact-match lookups), health conditions, parentage notes, research
/// findings and the documents' chunks; replaces the identity search terms with their keyed
/// hashes, the one-time codes' identity numbers with theirs, and drops the rate-limit counters
/// named after identity numbers (they cover fifteen minutes).
///
/// It runs with the key configured at its first start; a value already sealed is left as it is.
struct M0035_SealSensitiveData: AsyncMigration {
    let protection: DataProtection

    func prepare(on database: any Database) async throws {
        try await database.schema("beneficiaries").field("identity_hash", .string).update()
        try await database.schema("household_members").field("identity_hash", .string).update()
        let sql = database as! any SQLDatabase
        try await sealExisting(on: sql)
        try await sql.create(index: "idx_beneficiaries_identity_hash").unique().on("beneficiaries").column(
            "identity_type"
        ).column("identity_hash").run()
        try await sql.create(index: "idx_household_members_identity_hash").on("household_members").column(
            "identity_type"
        ).column("identity_hash").run()
        if database.isSQLite { try await purgeFreedPages(on: sql) }
    }

    /// Rewrites the SQLite file and empties its log, so the values just sealed are not left in
    /// the clear in the pages their old versions occupied.
    func purgeFreedPages(on sql: any SQLDatabase) async throws {
        try await sql.raw("VACUUM").run()
        try await sql.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
    }

    /// Seals every value still in the clear; what is sealed already is left alone, so a second
    /// run changes nothing.
    func sealExisting(on sql: any SQLDatabase) async throws {
        try await sealBeneficiaries(sql)
        try await sealColumns(
            sql, table: "household_members",
            [
                ("identity_number", .identityNumber), ("health_conditions", .healthConditions),
                ("parentage_note", .parentageNote),
            ], hash: true)
        try await sealColumns(sql, table: "request_documents", [("identity_number", .identityNumber)], hash: false)
        try await sealColumns(sql, table: "household_proposals", [("identity_number", .identityNumber)], hash: false)
        try await sealColumns(sql, table: "staff_declarations", [("identity_number", .identityNumber)], hash: false)
        try await sealColumns(
            sql, table: "research_reports",
            [("findings", .researchFindings), ("household_situation", .householdSituation)], hash: false)
        for row in try await sql.select().columns("id", "identity_number").from("portal_codes").all() {
            let number = try row.decode(column: "identity_number", as: String.self)
            guard number.count != 64 else { continue }
            try await sql.update("portal_codes").set("identity_number", to: SQLBind(protection.index(number)))
                .where("id", .equal, SQLBind(try row.decode(column: "id", as: UUID.self))).run()
        }
        try await sql.delete(from: "rate_limits").where("key", .like, "otp-fail:%").run()
        try await sql.delete(from: "rate_limits").where("key", .like, "otp-send:%").run()
        try await sealChunks(sql)
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "idx_household_members_identity_hash").run()
        try await sql.drop(index: "idx_beneficiaries_identity_hash").run()
        try await database.schema("household_members").deleteField("identity_hash").update()
        try await database.schema("beneficiaries").deleteField("identity_hash").update()
    }

    /// Whether a stored value is still to be sealed: it does not open as `field` with the key
    /// (a plain value that happens to start like a sealed one is sealed too).
    private func needsSealing(_ value: String, as field: DataProtection.Field) -> Bool {
        !value.isEmpty && (try? protection.open(value, as: field)) == nil
    }

    /// Each row is brought to its final state whatever an interrupted earlier run left: the number
    /// sealed, its hash set, no plain search term, exactly one hashed one.
    private func sealBeneficiaries(_ sql: any SQLDatabase) async throws {
        for row in try await sql.select().columns("id", "identity_number", "health_conditions").from("beneficiaries")
            .all()
        {
            let id = try row.decode(column: "id", as: UUID.self)
            let stored = try row.decode(column: "identity_number", as: String.self)
            let health = try row.decode(column: "health_conditions", as: String.self)
            let number =
                needsSealing(stored, as: .identityNumber) ? stored : try protection.open(stored, as: .identityNumber)
            var update = sql.update("beneficiaries").set("identity_hash", to: SQLBind(protection.index(number)))
            if needsSealing(stored, as: .identityNumber) {
                update = update.set("identity_number", to: SQLBind(protection.seal(number, as: .identityNumber)))
            }
            if needsSealing(health, as: .healthConditions) {
                update = update.set("health_conditions", to: SQLBind(protection.seal(health, as: .healthConditions)))
            }
            try await update.where("id", .equal, SQLBind(id)).run()
            let hashed = "~" + protection.index(number)
            try await sql.delete(from: "search_terms").where("beneficiary_id", .equal, SQLBind(id))
                .where("term", .in, SQLBind.group([number.lowercased(), hashed])).run()
            try await sql.insert(into: "search_terms").columns("id", "beneficiary_id", "term").values(
                SQLBind(UUID()), SQLBind(id), SQLBind(hashed)
            ).run()
        }
    }

    private func sealColumns(
        _ sql: any SQLDatabase, table: String, _ columns: [(String, DataProtection.Field)], hash: Bool
    ) async throws {
        for row in try await sql.select().column("id").columns(columns.map { SQLColumn($0.0) }).from(table).all() {
            var update = sql.update(table)
            var changed = false
            for (column, field) in columns {
                guard let value = try row.decode(column: column, as: String?.self), needsSealing(value, as: field)
                else { continue }
                update = update.set(SQLColumn(column), to: SQLBind(protection.seal(value, as: field)))
                if hash && field == .identityNumber {
                    update = update.set(SQLColumn("identity_hash"), to: SQLBind(protection.index(value)))
                }
                changed = true
            }
            if changed {
                try await update.where("id", .equal, SQLBind(try row.decode(column: "id", as: UUID.self))).run()
            }
        }
    }

    private func sealChunks(_ sql: any SQLDatabase) async throws {
        let chunks = try await sql.select().columns("sha256", "seq").from("document_chunks").all()
        for chunk in chunks {
            let name = try chunk.decode(column: "sha256", as: String.self)
            let sequence = try chunk.decode(column: "seq", as: Int.self)
            guard
                let row = try await sql.select().column("data").from("document_chunks")
                    .where("sha256", .equal, SQLBind(name)).where("seq", .equal, SQLBind(sequence)).first()
            else { continue }
            let data = try row.decode(column: "data", as: Data.self)
            guard (try? protection.openChunk(data, of: name, sequence: sequence)) == nil else { continue }
            try await sql.update("document_chunks").set(
                "data", to: SQLBind(protection.sealChunk(data, of: name, sequence: sequence))
            )
            .where("sha256", .equal, SQLBind(name)).where("seq", .equal, SQLBind(sequence)).run()
        }
    }
}
