import Foundation
import ManaratDomain

/// What registering and editing beneficiaries reads and writes. `BeneficiaryRepository` keeps
/// the registry in the database (identity numbers sealed); service tests keep it in memory.
public protocol BeneficiaryStore: Sendable {
    /// One beneficiary.
    func find(id: UUID) async throws -> Beneficiary?
    /// The beneficiary with this identity, if one is registered.
    func find(identity: IdentityNumber) async throws -> UUID?
    /// Who might be the same person as `candidate`, highest score first; `excluding` one's own file.
    func duplicates(of candidate: PersonFingerprint, excluding id: UUID?) async throws -> [PossibleDuplicate]
    /// The next free file number.
    func nextFileNumber() async throws -> String
    /// Registers a beneficiary with their consent; throws `RegistryConflict.identityTaken` when
    /// the identity is registered already.
    func create(_ beneficiary: Beneficiary, consent: ConsentRecord, at now: Date) async throws
    /// Saves `beneficiary`, read at its version; throws `RegistryConflict` when someone saved in
    /// between or the identity is another's.
    func update(_ beneficiary: Beneficiary, at now: Date) async throws
    /// Records that staff looked at a possible duplicate and decided.
    func recordDuplicateDecision(
        beneficiaryID: UUID, otherID: UUID, isDuplicate: Bool, score: Int, decidedBy: UUID?, at now: Date) async throws
}
