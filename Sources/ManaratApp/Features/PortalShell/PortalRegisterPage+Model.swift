extension PortalRegisterPage {
    /// What the registration page shows.
    struct Model: Sendable, Equatable {
        /// The form as it stands.
        var form: PortalRegisterForm
        /// What was wrong with the last post.
        var problems: [PortalRegisterProblem]
    }
}
