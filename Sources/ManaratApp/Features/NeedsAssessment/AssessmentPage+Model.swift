import Foundation
import ManaratDomain

extension AssessmentPage {
    /// What the assessment page shows.
    struct Model: Sendable, Equatable {
        /// The beneficiary assessed.
        var beneficiaryID: UUID
        /// Their full name.
        var beneficiaryName: String
        /// The income per member below which need counts fully, from the weights in force.
        var threshold: Money
        /// The form as it stands.
        var form: NeedsForm
        /// What was wrong with the last post.
        var problems: [NeedsProblem]
    }
}
