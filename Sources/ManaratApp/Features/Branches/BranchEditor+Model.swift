import Foundation

extension BranchEditor {
    /// What the editor shows.
    struct Model: Sendable, Equatable {
        /// The branch edited; nil for a new one.
        var branchID: UUID?
        /// The form as it stands.
        var form: BranchForm
        /// What was wrong with the last post.
        var problems: [BranchProblem]
    }
}
