import Fluent

/// The duplicate check matches a phone against both of a beneficiary's numbers; the second one
/// needs its own index, or that half of the check reads every row. The hourly reminder job looks
/// for documents by expiry day.
struct M0024_IndexOtherPhone: AsyncMigration {
    private static let indexes = [
        IndexSpec("idx_beneficiaries_phone_other", on: "beneficiaries", ["phone_other"]),
        IndexSpec("idx_request_documents_expires", on: "request_documents", ["expires_on"]),
    ]

    func prepare(on database: any Database) async throws {
        try await IndexSpec.create(Self.indexes, on: database)
    }

    func revert(on database: any Database) async throws {
        try await IndexSpec.drop(Self.indexes, on: database)
    }
}
