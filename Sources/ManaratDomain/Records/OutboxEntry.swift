import Foundation

/// One message in the outbox, as staff and workers see it.
public struct OutboxEntry: Sendable, Equatable, Identifiable {
    /// Its identifier, also given to providers as the idempotency key.
    public var id: UUID
    /// What happened.
    public var event: NotificationEvent
    /// "beneficiary" or "staff".
    public var recipientKind: String
    /// The recipient's record.
    public var recipientID: UUID?
    /// The record it is about.
    public var relatedID: UUID?
    /// The channel.
    public var channel: NotificationChannel
    /// The address.
    public var address: String
    /// The language.
    public var language: Language
    /// The subject or template name.
    public var subject: String
    /// The text.
    public var body: String
    /// The template's placeholder values in order (for WhatsApp).
    public var parameters: [String]
    /// Where it stands.
    public var status: OutboxStatus
    /// Tries so far.
    public var attempts: Int
    /// When it is due to go (again).
    public var nextAttemptAt: Date
    /// What the provider last answered.
    public var providerAnswer: String
    /// When it was written.
    public var createdAt: Date
    /// When it went out.
    public var sentAt: Date?
    /// When its recipient read it in the portal.
    public var readAt: Date?

    /// A value from its parts.
    public init(
        id: UUID,
        event: NotificationEvent,
        recipientKind: String,
        recipientID: UUID?,
        relatedID: UUID?,
        channel: NotificationChannel,
        address: String,
        language: Language,
        subject: String,
        body: String,
        parameters: [String],
        status: OutboxStatus,
        attempts: Int,
        nextAttemptAt: Date,
        providerAnswer: String,
        createdAt: Date,
        sentAt: Date?,
        readAt: Date?
    ) {
        self.id = id
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
        self.status = status
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.providerAnswer = providerAnswer
        self.createdAt = createdAt
        self.sentAt = sentAt
        self.readAt = readAt
    }
}
