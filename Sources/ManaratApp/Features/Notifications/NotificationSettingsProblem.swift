/// What is wrong with a notification-settings post.
enum NotificationSettingsProblem: Error, Equatable, Sendable {
    /// The channel is not one this association offers.
    case channel
    /// The e-mail address does not look like one, or e-mail was chosen without one.
    case email

    /// The field the page marks.
    var field: NotificationSettingsForm.Field {
        switch self {
        case .channel: return .channel
        case .email: return .email
        }
    }
}
