import Fluent

/// Retention: a beneficiary may be put on legal hold (with its reason), which keeps every record
/// of theirs past its period; a closed request records when its personal content was removed.
struct M0033_RetentionAndLegalHold: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("beneficiaries").field("legal_hold", .string, .required, .sql(.default(""))).update()
        try await database.schema("support_requests").field("anonymized_at", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("support_requests").deleteField("anonymized_at").update()
        try await database.schema("beneficiaries").deleteField("legal_hold").update()
    }
}
