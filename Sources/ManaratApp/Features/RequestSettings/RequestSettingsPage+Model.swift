extension RequestSettingsPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The form as it stands.
        var form: RequestSettingsForm
        /// What was wrong with the last post.
        var problems: [RequestSettingsProblem]
    }
}
