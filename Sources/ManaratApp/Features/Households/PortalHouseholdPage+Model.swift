import Foundation
import ManaratDomain

extension PortalHouseholdPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The household the beneficiary heads, if any.
        var household: Household?
        /// Their proposals, newest first.
        var proposals: [HouseholdProposal]
        /// What was wrong with the last proposal.
        var problems: [HouseholdProblem]
    }
}
