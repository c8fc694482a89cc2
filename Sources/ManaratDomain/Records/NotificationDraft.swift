import Foundation

/// A message to put in the outbox, already written in its recipient's language.
public struct NotificationDraft: Sendable, Equatable {
    /// What happened.
    public var event: NotificationEvent
    /// "beneficiary" or "staff".
    public var recipientKind: String
    /// The recipient's record.
    public var recipientID: UUID?
    /// The record it is about, such as a support request.
    public var relatedID: UUID?
    /// The channel.
    public var channel: NotificationChannel
    /// A phone number, an e-mail address, or the recipient's id for the portal inbox.
    public var address: String
    /// The language it is written in.
    public var language: Language
    /// A subject line (e-mail and inbox) or, for WhatsApp, the approved template's name.
    public var subject: String
    /// The text.
    public var body: String
    /// The values of the template's placeholders in order, which a WhatsApp template takes instead of a text.
    public var parameters: [String]
    /// The earliest instant it may go out (after quiet hours, for non-urgent messages).
    public var notBefore: Date
    /// A key that makes a second draft for the same occasion a no-op, such as
    /// "identity_expiring:<beneficiary>:<day>"; nil for messages that may repeat.
    public var dedupeKey: String?

    /// Creates a draft.
    public init(
        event: NotificationEvent, recipientKind: String, recipientID: UUID?, relatedID: UUID?,
        channel: NotificationChannel, address: String, language: Language, subject: String, body: String,
        parameters: [String] = [], notBefore: Date, dedupeKey: String?
    ) {
        self.event = event
        self.recipientKind = recipientKind
        self.recipientID = recipientID
        self.relatedID = relatedID
        self.channel = channel
        self.address = address
        self.language = language
        self.subject = subject
        self.body = body
        self.parameters = parameters
        self.notBefore = notBefore
        self.dedupeKey = dedupeKey
    }
}
