extension PortalProfilePage {
    /// What the profile page shows.
    struct Model: Sendable, Equatable {
        /// The form as it stands.
        var form: PortalProfileForm
        /// What was wrong with the last post.
        var problems: [PortalProfileProblem]
        /// Whether the details were just saved.
        var saved: Bool
    }
}
