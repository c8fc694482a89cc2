import Foundation

/// A message the system sent (or, in development, only recorded): one-time codes and notices.
public struct SentMessage: Sendable, Equatable {
    /// Who it is for.
    public var recipientKind: String
    /// The recipient's record.
    public var recipientID: UUID?
    /// The channel, such as "sms".
    public var channel: String
    /// The address (a phone number or e-mail).
    public var address: String
    /// The text.
    public var body: String
    /// When.
    public var createdAt: Date

    /// Creates a value.
    public init(
        recipientKind: String, recipientID: UUID?, channel: String, address: String, body: String, createdAt: Date
    ) {
        self.recipientKind = recipientKind
        self.recipientID = recipientID
        self.channel = channel
        self.address = address
        self.body = body
        self.createdAt = createdAt
    }
}
