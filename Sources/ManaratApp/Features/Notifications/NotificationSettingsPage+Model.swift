import ManaratDomain

extension NotificationSettingsPage {
    /// What the settings page shows.
    struct Model: Sendable, Equatable {
        /// The channels this association can reach people by, the inbox alone last.
        var offered: [NotificationChannel]
        /// Whether e-mail is set up, so the address field is shown.
        var offersEmail: Bool
        /// The form as it stands.
        var form: NotificationSettingsForm
        /// Whether the settings were just saved.
        var saved: Bool
        /// What was wrong with the last post.
        var problem: NotificationSettingsProblem?
    }
}
