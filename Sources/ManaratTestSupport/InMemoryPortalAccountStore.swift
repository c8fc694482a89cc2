import Foundation
import ManaratDomain
import ManaratPersistence

/// `PortalAccountStore` in memory, with the version check `BeneficiaryRepository` makes.
public actor InMemoryPortalAccountStore: PortalAccountStore {
    /// A data-subject request as filed.
    public struct Filed: Sendable, Equatable {
        /// Whose request it is.
        public var beneficiaryID: UUID
        public var kind: DataRequestKind
        public var details: String
        public var dueOn: GregorianDay

        /// A request from its parts.
        public init(beneficiaryID: UUID, kind: DataRequestKind, details: String, dueOn: GregorianDay) {
            self.beneficiaryID = beneficiaryID
            self.kind = kind
            self.details = details
            self.dueOn = dueOn
        }
    }

    /// The files, by id.
    public private(set) var beneficiaries: [UUID: Beneficiary] = [:]
    /// The data-subject requests filed.
    public private(set) var dataRequests: [Filed] = []
    /// When each beneficiary withdrew consent.
    public private(set) var withdrawn: [UUID: Date] = [:]

    /// A store holding `beneficiaries`.
    public init(_ beneficiaries: [Beneficiary] = []) {
        for beneficiary in beneficiaries { self.beneficiaries[beneficiary.id] = beneficiary }
    }

    public func update(_ beneficiary: Beneficiary, at now: Date) async throws {
        guard let stored = beneficiaries[beneficiary.id], stored.version == beneficiary.version else {
            throw RegistryConflict.changedBySomeoneElse
        }
        var saved = beneficiary
        saved.version += 1
        beneficiaries[beneficiary.id] = saved
    }

    public func addDataRequest(
        beneficiaryID: UUID, kind: DataRequestKind, details: String, dueOn: GregorianDay, at now: Date
    ) async throws {
        dataRequests.append(Filed(beneficiaryID: beneficiaryID, kind: kind, details: details, dueOn: dueOn))
    }

    public func withdrawConsent(beneficiaryID: UUID, at now: Date) async throws {
        if withdrawn[beneficiaryID] == nil { withdrawn[beneficiaryID] = now }
    }
}
