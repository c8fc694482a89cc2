import Fluent
import Foundation
import ManaratDomain

/// `HouseholdStore` in the database: the household, proposal and beneficiary repositories on one connection.
public struct HouseholdStoreRepository: HouseholdStore {
    let database: any Database

    /// A store on `database`.
    public init(database: any Database) {
        self.database = database
    }

    public func household(headedBy headID: UUID) async throws -> Household? {
        try await HouseholdRepository(database: database).household(headedBy: headID)
    }

    public func householdHead(containingMember beneficiaryID: UUID) async throws -> UUID? {
        try await HouseholdRepository(database: database).householdHead(containingMember: beneficiaryID)
    }

    public func beneficiaryID(identity: IdentityNumber) async throws -> UUID? {
        try await BeneficiaryRepository(database: database).find(identity: identity)
    }

    public func saveFinances(
        headID: UUID, monthlyIncome: Money, monthlyRent: Money, debts: Money, housing: HousingType, at now: Date
    ) async throws {
        try await HouseholdRepository(database: database).saveFinances(
            headID: headID, monthlyIncome: monthlyIncome, monthlyRent: monthlyRent, debts: debts, housing: housing,
            at: now)
    }

    public func addMember(_ member: HouseholdMember, toHouseholdHeadedBy headID: UUID, at now: Date) async throws {
        try await HouseholdRepository(database: database).addMember(member, toHouseholdHeadedBy: headID, at: now)
    }

    public func removeMember(id: UUID, fromHouseholdHeadedBy headID: UUID) async throws -> HouseholdMember? {
        try await HouseholdRepository(database: database).removeMember(id: id, fromHouseholdHeadedBy: headID)
    }

    public func proposals(of beneficiaryID: UUID) async throws -> [HouseholdProposal] {
        try await HouseholdProposalRepository(database: database).proposals(of: beneficiaryID)
    }

    public func proposal(id: UUID) async throws -> HouseholdProposal? {
        try await HouseholdProposalRepository(database: database).find(id: id)
    }

    public func add(_ proposal: HouseholdProposal) async throws {
        try await HouseholdProposalRepository(database: database).add(proposal)
    }

    public func decide(proposalID: UUID, approved: Bool, note: String, by staffID: UUID?, at now: Date) async throws
        -> Bool
    {
        try await HouseholdProposalRepository(database: database).decide(
            id: proposalID, approved: approved, note: note, by: staffID, at: now)
    }
}
