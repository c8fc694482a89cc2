import ManaratDomain

extension ContactUsPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The branches still open.
        var branches: [Branch]
        /// The form as it stands.
        var form: ContactUsForm
        /// What was wrong with the last post.
        var problems: [SupporterProblem]
        /// Whether a message was just sent.
        var sent: Bool
    }
}
