import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// Creates the policy library and loads the board-approved policy as the first version of the
/// beneficiary relations policy: decision 3-23/M, approved Tuesday 1 Sha'ban 1444 AH = 21 February 2023.
struct M0016_CreatePolicyLibrary: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("policy_versions")
            .id()
            .field("kind", .string, .required)
            .field("label", .string, .required)
            .field("decision_number", .string, .required)
            .field("approved_on", .string, .required)
            .field("approving_body", .string, .required)
            .field("text_ar", .string, .required)
            .field("text_en", .string, .required)
            .field("file_sha256", .string)
            .field("published_at", .datetime, .required)
            .field("is_current", .bool, .required)
            .create()
        try await database.schema("policy_acknowledgements")
            .id()
            .field("version_id", .uuid, .required, .references("policy_versions", "id", onDelete: .cascade))
            .field("staff_id", .uuid, .required, .references("staff", "id", onDelete: .cascade))
            .field("acknowledged_at", .datetime, .required)
            .unique(on: "version_id", "staff_id")
            .create()
        let sql = database as! any SQLDatabase
        try await sql.create(index: "idx_policy_versions_kind").on("policy_versions").column("kind").column(
            "is_current"
        ).run()
        let approvedOn = GregorianDay(year: 2023, month: 2, day: 21)!
        try await PolicyRepository(database: database).publish(
            PolicyVersion(
                id: UUID(), kind: .relationsPolicy, label: "1", decisionNumber: "3-23/M", approvedOn: approvedOn,
                approvingBody: "مجلس الإدارة", textArabic: SeedPolicyText.arabic, textEnglish: SeedPolicyText.english,
                fileSHA256: nil, publishedAt: approvedOn.startOfDay(in: TimeZone(identifier: "Asia/Riyadh")!),
                isCurrent: true
            ))
    }

    func revert(on database: any Database) async throws {
        try await database.schema("policy_acknowledgements").delete()
        try await database.schema("policy_versions").delete()
    }
}
