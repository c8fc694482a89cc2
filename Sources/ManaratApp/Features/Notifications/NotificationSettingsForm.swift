import ManaratDomain
import Vapor

/// The beneficiary's notification settings as posted. Its field names are a type, shared by the
/// view and the problems.
struct NotificationSettingsForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case channel, email, optedOut
    }

    var channel: String?
    var email: String?
    var optedOut: String?

    /// The form showing a preference.
    init(channel: NotificationChannel, email: String, optedOut: Bool) {
        self.init(channel: channel.rawValue, email: email, optedOut: optedOut ? "on" : nil)
    }

    init(channel: String? = nil, email: String? = nil, optedOut: String? = nil) {
        self.channel = channel
        self.email = email
        self.optedOut = optedOut
    }

    /// The e-mail address as typed, trimmed.
    var trimmedEmail: String { (email ?? "").trimmingCharacters(in: .whitespaces) }

    /// The choice, or the field that is wrong: a channel this association does not offer, or an
    /// e-mail address that does not look like one (or none, for e-mail).
    func parsed(offered: [NotificationChannel]) -> Result<NotificationChoice, NotificationSettingsProblem> {
        guard let chosen = channel.flatMap(NotificationChannel.init(rawValue:)), offered.contains(chosen) else {
            return .failure(.channel)
        }
        let email = trimmedEmail
        guard email.isEmpty || EmailAddress.looksValid(email), chosen != .email || !email.isEmpty else {
            return .failure(.email)
        }
        return .success(NotificationChoice(channel: chosen, email: email, optedOut: optedOut == "on"))
    }

    /// The channels a beneficiary may choose: the inbox alone, or one that can reach them.
    static func offeredChannels(_ settings: NotificationSettings) -> [NotificationChannel] {
        [.sms, .whatsapp, .email, .portal].filter { settings.availableChannels.contains($0) }
    }
}
