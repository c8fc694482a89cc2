import Fluent
import Foundation
import ManaratDomain

/// `PortalAccessStore` on the database.
public struct PortalAccessRepository: PortalAccessStore {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    public func beneficiary(identity: IdentityNumber) async throws -> Beneficiary? {
        let beneficiaries = BeneficiaryRepository(database: database)
        guard let id = try await beneficiaries.find(identity: identity) else { return nil }
        return try await beneficiaries.find(id: id)
    }

    public func storeCode(_ code: PortalCode, at now: Date) async throws {
        let validFor = code.expiresAt.timeIntervalSince(now)
        try await database.writeTransaction { db in
            _ = try await PortalRepository(database: db).storeCode(
                identityKey: code.identityKey, beneficiaryID: code.beneficiaryID, codeHash: code.codeHash, at: now,
                validFor: validFor, id: code.id)
        }
    }

    public func code(id: UUID) async throws -> PortalCode? {
        guard let row = try await PortalRepository(database: database).code(id: id) else { return nil }
        return PortalCode(
            id: id, identityKey: row.identityKey, beneficiaryID: row.beneficiaryID, codeHash: row.codeHash,
            expiresAt: row.expiresAt, consumed: row.consumed)
    }

    public func openSession(
        codeID: UUID, beneficiaryID: UUID, tokenHash: String, clientIP: String?, failureKey: String,
        audit: AuditEvent, at now: Date
    ) async throws {
        try await database.writeTransaction { db in
            try await PortalRepository(database: db).consume(id: codeID, at: now)
            try await SessionRepository(database: db).create(
                tokenHash: tokenHash, beneficiaryID: beneficiaryID, clientIP: clientIP, at: now)
            try await RateLimitRepository(database: db).reset(failureKey)
            try await AuditLog(database: db).append(audit, at: now)
        }
    }

    public func endSession(id: UUID, audit: AuditEvent, at now: Date) async throws {
        try await database.writeTransaction { db in
            try await SessionRepository(database: db).delete(id: id)
            try await AuditLog(database: db).append(audit, at: now)
        }
    }

    public func register(
        _ make: @escaping @Sendable (_ fileNumber: String) -> Beneficiary, consent: ConsentRecord, audit: AuditEvent,
        at now: Date
    ) async throws {
        try await database.writeTransaction { db in
            let repository = BeneficiaryRepository(database: db)
            try await repository.create(make(try await repository.nextFileNumber()), consent: consent, at: now)
            try await AuditLog(database: db).append(audit, at: now)
        }
    }

    public func record(_ audit: AuditEvent, at now: Date) async throws {
        try await database.writeTransaction { db in
            try await AuditLog(database: db).append(audit, at: now)
        }
    }
}
