import Foundation

/// An administrator's wording for one event, channel and language.
public struct StoredTemplate: Sendable, Equatable {
    /// The event.
    public var event: NotificationEvent
    /// The channel.
    public var channel: NotificationChannel
    /// The language.
    public var language: Language
    /// The subject line (or WhatsApp template name).
    public var subject: String
    /// The text with placeholders.
    public var body: String
    /// Who changed it last.
    public var updatedBy: String
    /// When.
    public var updatedAt: Date

    /// Creates a value.
    public init(
        event: NotificationEvent, channel: NotificationChannel, language: Language, subject: String, body: String,
        updatedBy: String, updatedAt: Date
    ) {
        self.event = event
        self.channel = channel
        self.language = language
        self.subject = subject
        self.body = body
        self.updatedBy = updatedBy
        self.updatedAt = updatedAt
    }
}
