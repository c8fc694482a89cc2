import Fluent
import Foundation
import ManaratDomain

/// A row of `notifications`: one message on one channel.
final class NotificationModel: Model, @unchecked Sendable {
    static let schema = "notifications"

    @ID(key: .id) var id: UUID?
    @Field(key: "event") var event: String
    @Field(key: "recipient_kind") var recipientKind: String
    @OptionalField(key: "recipient_id") var recipientID: UUID?
    @OptionalField(key: "related_id") var relatedID: UUID?
    @Field(key: "channel") var channel: String
    @Field(key: "address") var address: String
    @Field(key: "language") var language: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "parameters") var parameters: String
    @Field(key: "status") var status: String
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "lease_until") var leaseUntil: Date?
    @OptionalField(key: "claim") var claim: String?
    @Field(key: "provider_answer") var providerAnswer: String
    @OptionalField(key: "dedupe_key") var dedupeKey: String?
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "sent_at") var sentAt: Date?
    @OptionalField(key: "read_at") var readAt: Date?

    init() {}
}
