import Fluent

/// The IBAN a cash delivery by bank transfer is paid to, sealed like the other sensitive fields.
struct M0036_DeliveryIBAN: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("service_deliveries").field("iban", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("service_deliveries").deleteField("iban").update()
    }
}
