import ManaratDomain

extension PolicyPublishPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The document a version is published of.
        var kind: PolicyDocumentKind
        /// The form as it stands (its file is never sent back).
        var form: PolicyPublishForm
        /// What was wrong with the last post.
        var problems: [PolicyProblem]
    }
}
