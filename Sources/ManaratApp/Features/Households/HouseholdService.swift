import Foundation
import ManaratDomain
import ManaratPersistence

/// Household edits at the desk, proposals from the portal and the staff's decisions on them,
/// given the store, the clock and the ids; it holds no request. A refusal people should read is
/// thrown as `HouseholdProblems`.
struct HouseholdService: Sendable {
    let store: any HouseholdStore
    let clock: WallClock
    let ids: IDGenerator

    /// Saves the finances of the household `headID` heads.
    func saveFinances(_ finances: HouseholdFinances, of headID: UUID) async throws {
        do {
            try await store.saveFinances(
                headID: headID, monthlyIncome: finances.monthlyIncome, monthlyRent: finances.monthlyRent,
                debts: finances.debts, housing: finances.housing, at: clock.now())
        } catch HouseholdConflict.alreadyInAnotherHousehold(let other) {
            throw HouseholdProblems(problems: [.headInAnotherHousehold(headID: other)])
        }
    }

    /// The member `draft` would be in `headID`'s household: linked to the file its identity
    /// names, refused when that is the head's own.
    func member(_ draft: MemberDraft, of headID: UUID) async throws -> HouseholdMember {
        let linked = try await draft.identity.asyncFlatMap { try await store.beneficiaryID(identity: $0) }
        if linked == headID { throw HouseholdProblems(problems: [.memberIsHead]) }
        return HouseholdMember(
            id: ids.next(), fullName: draft.fullName, relation: draft.relation, gender: draft.gender,
            identity: draft.identity, bornOn: draft.bornOn, healthConditions: draft.healthConditions,
            parentageNote: draft.parentageNote, beneficiaryID: linked)
    }

    /// Adds `member` to `headID`'s household.
    func add(_ member: HouseholdMember, to headID: UUID) async throws {
        do {
            try await store.addMember(member, toHouseholdHeadedBy: headID, at: clock.now())
        } catch HouseholdConflict.alreadyInAnotherHousehold(let other) {
            throw HouseholdProblems(problems: [.personInAnotherHousehold(headID: other)])
        }
    }

    /// Removes member `memberID` from `headID`'s household; `RecordNotFound` when there is none such.
    func removeMember(_ memberID: UUID, from headID: UUID) async throws {
        guard try await store.removeMember(id: memberID, fromHouseholdHeadedBy: headID) != nil else {
            throw RecordNotFound()
        }
    }

    /// The beneficiary's proposal to add `draft`, or to remove member `memberID`, with `note`.
    /// `RecordNotFound` when the member to remove is not in their household.
    func proposal(
        by beneficiaryID: UUID, adding draft: MemberDraft?, removing memberID: UUID?, note: String
    ) async throws -> HouseholdProposal {
        var proposal = HouseholdProposal(
            id: ids.next(), beneficiaryID: beneficiaryID, kind: draft == nil ? "remove" : "add", memberName: "",
            relation: .other, gender: .male, identityNumber: nil, bornOn: nil, memberID: nil, note: note,
            status: .pending, decisionNote: "", createdAt: clock.now())
        if let draft {
            proposal.memberName = draft.fullName
            proposal.relation = draft.relation
            proposal.gender = draft.gender
            proposal.identityNumber = draft.identity?.value
            proposal.bornOn = draft.bornOn
        } else {
            guard let memberID,
                let member = try await store.household(headedBy: beneficiaryID)?.members.first(where: {
                    $0.id == memberID
                })
            else { throw RecordNotFound() }
            proposal.memberID = member.id
            proposal.memberName = member.fullName
            proposal.relation = member.relation
        }
        return proposal
    }

    /// Records `proposal`.
    func propose(_ proposal: HouseholdProposal) async throws {
        try await store.add(proposal)
    }

    /// The staff's decision on a pending proposal: an approved one changes the household through
    /// the desk's rules.
    func decide(_ proposal: HouseholdProposal, approved: Bool, note: String, by staffID: UUID?) async throws {
        if approved {
            if proposal.kind == "remove", let memberID = proposal.memberID {
                _ = try await store.removeMember(id: memberID, fromHouseholdHeadedBy: proposal.beneficiaryID)
            } else {
                let identity = proposal.identityNumber.map {
                    IdentityNumber(storedType: $0.hasPrefix("2") ? .iqama : .nationalID, value: $0)
                }
                let linked = try await identity.asyncFlatMap { try await store.beneficiaryID(identity: $0) }
                try await add(
                    HouseholdMember(
                        id: ids.next(), fullName: proposal.memberName, relation: proposal.relation,
                        gender: proposal.gender, identity: identity, bornOn: proposal.bornOn, healthConditions: "",
                        parentageNote: "", beneficiaryID: linked), to: proposal.beneficiaryID)
            }
        }
        _ = try await store.decide(
            proposalID: proposal.id, approved: approved, note: note, by: staffID, at: clock.now())
    }
}
