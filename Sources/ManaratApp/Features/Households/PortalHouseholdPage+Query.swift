import Foundation
import ManaratDomain
import ManaratPersistence

extension PortalHouseholdPage.Model {
    /// `beneficiaryID`'s household and proposals in `store`, with `problems`.
    static func query(_ store: any HouseholdStore, beneficiaryID: UUID, problems: [HouseholdProblem] = [])
        async throws -> Self
    {
        Self(
            household: try await store.household(headedBy: beneficiaryID),
            proposals: try await store.proposals(of: beneficiaryID), problems: problems)
    }
}
