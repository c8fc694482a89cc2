extension NeedsWeightsPage {
    /// What the weights page shows.
    struct Model: Sendable, Equatable {
        /// The form as it stands.
        var form: NeedsWeightsForm
        /// What was wrong with the last post.
        var problems: [NeedsProblem]
        /// Whether the weights were just saved.
        var saved: Bool
    }
}
