import Foundation

extension CategoryEditor {
    /// What the editor shows.
    struct Model: Sendable, Equatable {
        /// The category edited; nil for a new one.
        var categoryID: UUID?
        /// The form as it stands.
        var form: CategoryForm
        /// What was wrong with the last post.
        var problems: [CategoryProblem]
    }
}
