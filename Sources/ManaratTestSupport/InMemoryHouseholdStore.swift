import Foundation
import ManaratDomain
import ManaratPersistence

/// `HouseholdStore` in memory, for service tests that need no database. It keeps the rule the
/// database keeps: a person is in one active household only.
public actor InMemoryHouseholdStore: HouseholdStore {
    /// The active households, by head.
    public private(set) var households: [UUID: Household] = [:]
    /// The proposals, oldest first.
    public private(set) var proposals: [HouseholdProposal] = []
    /// The registered beneficiaries' identities.
    private let registered: [IdentityNumber: UUID]

    /// A store whose registry knows `registered` and holds `households`.
    public init(registered: [IdentityNumber: UUID] = [:], households: [Household] = []) {
        self.registered = registered
        for household in households { self.households[household.headID] = household }
    }

    public func household(headedBy headID: UUID) async throws -> Household? { households[headID] }

    public func householdHead(containingMember beneficiaryID: UUID) async throws -> UUID? {
        households.values.first { $0.members.contains { $0.beneficiaryID == beneficiaryID } }?.headID
    }

    public func beneficiaryID(identity: IdentityNumber) async throws -> UUID? { registered[identity] }

    public func saveFinances(
        headID: UUID, monthlyIncome: Money, monthlyRent: Money, debts: Money, housing: HousingType, at now: Date
    ) async throws {
        if let other = try await householdHead(containingMember: headID), other != headID {
            throw HouseholdConflict.alreadyInAnotherHousehold(headID: other)
        }
        var household =
            households[headID]
            ?? Household(
                id: headID, headID: headID, monthlyIncome: .zero, monthlyRent: .zero, debts: .zero, housing: .other,
                members: [])
        household.monthlyIncome = monthlyIncome
        household.monthlyRent = monthlyRent
        household.debts = debts
        household.housing = housing
        households[headID] = household
    }

    public func addMember(_ member: HouseholdMember, toHouseholdHeadedBy headID: UUID, at now: Date) async throws {
        if let identity = member.identity,
            let other = households.values.first(where: { $0.members.contains { $0.identity == identity } })
        {
            throw HouseholdConflict.alreadyInAnotherHousehold(headID: other.headID)
        }
        if let beneficiaryID = member.beneficiaryID,
            let other = try await householdHead(containingMember: beneficiaryID)
        {
            throw HouseholdConflict.alreadyInAnotherHousehold(headID: other)
        }
        if households[headID] == nil {
            try await saveFinances(
                headID: headID, monthlyIncome: .zero, monthlyRent: .zero, debts: .zero, housing: .other, at: now)
        }
        households[headID]?.members.append(member)
    }

    public func removeMember(id: UUID, fromHouseholdHeadedBy headID: UUID) async throws -> HouseholdMember? {
        guard let index = households[headID]?.members.firstIndex(where: { $0.id == id }) else { return nil }
        return households[headID]?.members.remove(at: index)
    }

    public func proposals(of beneficiaryID: UUID) async throws -> [HouseholdProposal] {
        proposals.filter { $0.beneficiaryID == beneficiaryID }.reversed()
    }

    public func proposal(id: UUID) async throws -> HouseholdProposal? { proposals.first { $0.id == id } }

    public func add(_ proposal: HouseholdProposal) async throws { proposals.append(proposal) }

    public func decide(proposalID: UUID, approved: Bool, note: String, by staffID: UUID?, at now: Date) async throws
        -> Bool
    {
        guard let index = proposals.firstIndex(where: { $0.id == proposalID && $0.status == .pending }) else {
            return false
        }
        proposals[index].status = approved ? .approved : .rejected
        proposals[index].decisionNote = note
        return true
    }
}
