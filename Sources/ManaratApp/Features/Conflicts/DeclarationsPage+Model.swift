import ManaratDomain

extension DeclarationsPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The staff member's active declarations, oldest first.
        var declarations: [DeclarationRecord]
        /// What was wrong with the last post.
        var problems: [DeclarationProblem]
    }
}
