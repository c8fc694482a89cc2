import Foundation
import ManaratDomain

/// What household edits read and write: the households, their members and the changes
/// beneficiaries propose from the portal. `HouseholdStoreRepository` keeps them in the database;
/// service tests keep them in memory.
public protocol HouseholdStore: Sendable {
    /// The active household headed by `headID`.
    func household(headedBy headID: UUID) async throws -> Household?
    /// The head of the household `beneficiaryID` is a member of, if any.
    func householdHead(containingMember beneficiaryID: UUID) async throws -> UUID?
    /// The registered beneficiary with `identity`, if any.
    func beneficiaryID(identity: IdentityNumber) async throws -> UUID?
    /// Creates or updates the finances of the household headed by `headID`; throws
    /// `HouseholdConflict` when the head is a member of another household.
    func saveFinances(
        headID: UUID, monthlyIncome: Money, monthlyRent: Money, debts: Money, housing: HousingType, at now: Date
    ) async throws
    /// Adds a member; throws `HouseholdConflict` when the person is in another household.
    func addMember(_ member: HouseholdMember, toHouseholdHeadedBy headID: UUID, at now: Date) async throws
    /// Removes a member (kept, inactive, for history); nil when there is no such member.
    func removeMember(id: UUID, fromHouseholdHeadedBy headID: UUID) async throws -> HouseholdMember?
    /// The beneficiary's proposals, newest first.
    func proposals(of beneficiaryID: UUID) async throws -> [HouseholdProposal]
    /// One proposal.
    func proposal(id: UUID) async throws -> HouseholdProposal?
    /// Records a proposal.
    func add(_ proposal: HouseholdProposal) async throws
    /// Records the staff's decision on a pending proposal; false when it was decided already.
    func decide(proposalID: UUID, approved: Bool, note: String, by staffID: UUID?, at now: Date) async throws -> Bool
}
