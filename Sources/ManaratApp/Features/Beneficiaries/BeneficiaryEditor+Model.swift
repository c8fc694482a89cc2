import Foundation
import ManaratDomain

extension BeneficiaryEditor {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The file edited; nil for a registration.
        var id: UUID?
        /// The form as it stands.
        var form: BeneficiaryForm
        /// The categories offered: the active ones, and any the form has ticked.
        var categories: [BeneficiaryCategory]
        var branches: [Branch]
        /// What was wrong with the last post.
        var problems: [BeneficiaryProblem]
        /// Who the person might already be, for the employee to review before saving.
        var duplicates: [PossibleDuplicate]
        /// Whether the viewer may read and write health conditions.
        var mayEditSensitive: Bool
    }
}
