import Fluent
import SQLKit

/// The identity number read off an uploaded identity copy (to match it against the file), the
/// researcher a contact's question was referred to, and an index for identities about to expire.
struct M0017_DocumentIdentityAndReferrals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("request_documents").field("identity_number", .string).update()
        try await database.schema("contacts").field("referred_to", .uuid).update()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "idx_beneficiaries_identity_expiry").on("beneficiaries").column(
            "identity_expires_on"
        ).run()
        try await sql.create(index: "idx_contacts_referred").on("contacts").column("referred_to").column(
            "follow_up_done"
        ).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        try await sql.drop(index: "idx_contacts_referred").run()
        try await sql.drop(index: "idx_beneficiaries_identity_expiry").run()
        try await database.schema("contacts").deleteField("referred_to").update()
        try await database.schema("request_documents").deleteField("identity_number").update()
    }
}
