import ManaratDomain

/// Which wording a template is: the event, the channel and the language.
struct TemplateKey: Sendable, Equatable {
    var event: NotificationEvent
    var channel: NotificationChannel
    var language: Language

    /// The channels whose wording administrators edit (the inbox shares the SMS wording's events).
    static let editableChannels: [NotificationChannel] = [.sms, .portal, .whatsapp, .email]

    /// The key a template URL names, or nil for an unknown event, language or a channel whose
    /// wording is not edited.
    init?(event: String?, channel: String?, language: String?) {
        guard let event = event.flatMap(NotificationEvent.init(rawValue:)),
            let channel = channel.flatMap(NotificationChannel.init(rawValue:)), Self.editableChannels.contains(channel),
            let language = language.flatMap(Language.init(rawValue:))
        else { return nil }
        self.init(event: event, channel: channel, language: language)
    }

    init(event: NotificationEvent, channel: NotificationChannel, language: Language) {
        self.event = event
        self.channel = channel
        self.language = language
    }

    /// How the audit log names it.
    var auditID: String { "\(event.rawValue)/\(channel.rawValue)/\(language.rawValue)" }
}
