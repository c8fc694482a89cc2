import Fluent
import Foundation
import ManaratDomain

/// `PortalAccountStore` on the database.
public struct PortalAccountRepository: PortalAccountStore {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    public func update(_ beneficiary: Beneficiary, at now: Date) async throws {
        try await BeneficiaryRepository(database: database).update(beneficiary, at: now)
    }

    public func addDataRequest(
        beneficiaryID: UUID, kind: DataRequestKind, details: String, dueOn: GregorianDay, at now: Date
    ) async throws {
        try await PortalRepository(database: database).addDataRequest(
            beneficiaryID: beneficiaryID, kind: kind.rawValue, details: details, dueOn: dueOn, at: now)
    }

    public func withdrawConsent(beneficiaryID: UUID, at now: Date) async throws {
        try await PortalRepository(database: database).withdrawConsent(beneficiaryID: beneficiaryID, at: now)
    }
}
