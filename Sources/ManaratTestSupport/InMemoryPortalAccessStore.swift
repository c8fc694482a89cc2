import Foundation
import ManaratDomain
import ManaratPersistence

/// `PortalAccessStore` in memory, for service tests that need no database: files, codes,
/// sessions (by the hash of their token) and the audit entries each write carried.
public actor InMemoryPortalAccessStore: PortalAccessStore {
    /// The files, by id.
    public private(set) var beneficiaries: [UUID: Beneficiary] = [:]
    /// The codes, by id.
    public private(set) var codes: [UUID: PortalCode] = [:]
    /// The open sessions: token hash to beneficiary.
    public private(set) var sessions: [String: UUID] = [:]
    /// The audit entries written, oldest first.
    public private(set) var audit: [AuditEvent] = []
    /// Counter keys the store was asked to forget.
    public private(set) var resetKeys: [String] = []
    private var nextFileNumber = 1

    /// A store holding `beneficiaries`.
    public init(_ beneficiaries: [Beneficiary] = []) {
        for beneficiary in beneficiaries { self.beneficiaries[beneficiary.id] = beneficiary }
    }

    public func beneficiary(identity: IdentityNumber) async throws -> Beneficiary? {
        beneficiaries.values.first { $0.identity == identity }
    }

    public func storeCode(_ code: PortalCode, at now: Date) async throws {
        codes[code.id] = code
    }

    public func code(id: UUID) async throws -> PortalCode? {
        codes[id]
    }

    public func openSession(
        codeID: UUID, beneficiaryID: UUID, tokenHash: String, clientIP: String?, failureKey: String,
        audit: AuditEvent, at now: Date
    ) async throws {
        codes[codeID]?.consumed = true
        sessions[tokenHash] = beneficiaryID
        resetKeys.append(failureKey)
        self.audit.append(audit)
    }

    public func endSession(id: UUID, audit: AuditEvent, at now: Date) async throws {
        self.audit.append(audit)
    }

    public func register(
        _ make: @escaping @Sendable (_ fileNumber: String) -> Beneficiary, consent: ConsentRecord, audit: AuditEvent,
        at now: Date
    ) async throws {
        let beneficiary = make(String(format: "B-%05d", nextFileNumber))
        if let existing = beneficiaries.values.first(where: { $0.identity == beneficiary.identity }) {
            throw RegistryConflict.identityTaken(existingID: existing.id)
        }
        nextFileNumber += 1
        beneficiaries[beneficiary.id] = beneficiary
        self.audit.append(audit)
    }

    public func record(_ audit: AuditEvent, at now: Date) async throws {
        self.audit.append(audit)
    }
}
