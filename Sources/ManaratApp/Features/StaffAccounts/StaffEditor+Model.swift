import Foundation
import ManaratDomain

extension StaffEditor {
    /// What the editor shows.
    struct Model: Sendable, Equatable {
        /// The account edited; nil for a new one.
        var memberID: UUID?
        /// The form as it stands.
        var form: StaffAccountForm
        /// Every branch, for the branch choice.
        var branches: [Branch]
        /// What was wrong with the last post.
        var problems: [StaffAccountProblem]
    }
}
