import Foundation
import ManaratDomain
import ManaratPersistence

/// `BeneficiaryStore` in memory, for service tests that need no database.
public actor InMemoryBeneficiaryStore: BeneficiaryStore {
    /// A duplicate decision as recorded.
    public struct Decision: Sendable, Equatable {
        public var beneficiaryID: UUID
        public var otherID: UUID
        public var isDuplicate: Bool
        public var score: Int
    }

    /// The registry, by id.
    public private(set) var beneficiaries: [UUID: Beneficiary] = [:]
    /// The consent each was registered with.
    public private(set) var consents: [UUID: ConsentRecord] = [:]
    /// The duplicate decisions, oldest first.
    public private(set) var decisions: [Decision] = []
    private var fileNumbers = 0

    /// A registry holding `beneficiaries`.
    public init(_ beneficiaries: [Beneficiary] = []) {
        for beneficiary in beneficiaries { self.beneficiaries[beneficiary.id] = beneficiary }
        fileNumbers = beneficiaries.count
    }

    public func find(id: UUID) async throws -> Beneficiary? { beneficiaries[id] }

    public func find(identity: IdentityNumber) async throws -> UUID? {
        beneficiaries.values.first { $0.identity == identity }?.id
    }

    public func duplicates(of candidate: PersonFingerprint, excluding id: UUID?) async throws -> [PossibleDuplicate] {
        beneficiaries.values.filter { $0.id != id }.compactMap { existing in
            DuplicateCheck.match(
                candidate,
                against: existing.fingerprint
            ).map { match in
                PossibleDuplicate(
                    summary: BeneficiarySummary(
                        id: existing.id, fileNumber: existing.fileNumber, fullName: existing.name.full,
                        identity: existing.identity, phone: existing.phones.first ?? "", city: existing.city,
                        bornOn: existing.bornOn), match: match)
            }
        }.sorted { $0.match.score > $1.match.score }
    }

    public func nextFileNumber() async throws -> String {
        fileNumbers += 1
        return "B-" + String(format: "%05d", fileNumbers)
    }

    public func create(_ beneficiary: Beneficiary, consent: ConsentRecord, at now: Date) async throws {
        if let existing = try await find(identity: beneficiary.identity) {
            throw RegistryConflict.identityTaken(existingID: existing)
        }
        beneficiaries[beneficiary.id] = beneficiary
        consents[beneficiary.id] = consent
    }

    public func update(_ beneficiary: Beneficiary, at now: Date) async throws {
        if let existing = try await find(identity: beneficiary.identity), existing != beneficiary.id {
            throw RegistryConflict.identityTaken(existingID: existing)
        }
        guard let stored = beneficiaries[beneficiary.id], stored.version == beneficiary.version else {
            throw RegistryConflict.changedBySomeoneElse
        }
        var saved = beneficiary
        saved.version += 1
        beneficiaries[beneficiary.id] = saved
    }

    public func recordDuplicateDecision(
        beneficiaryID: UUID, otherID: UUID, isDuplicate: Bool, score: Int, decidedBy: UUID?, at now: Date
    ) async throws {
        decisions.append(
            Decision(beneficiaryID: beneficiaryID, otherID: otherID, isDuplicate: isDuplicate, score: score))
    }
}
