extension PortalSignInPage {
    /// What the sign-in page shows.
    struct Model: Sendable, Equatable {
        /// The form as it stands (empty after a limit, so nothing typed lingers).
        var form: PortalSignInForm
        /// What stopped the last try.
        var problems: [PortalSignInProblem]
    }
}
