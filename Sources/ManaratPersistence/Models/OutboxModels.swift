import Fluent
import Foundation

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

/// A row of `notification_templates`: an administrator's wording for one event, channel and language.
final class NotificationTemplateModel: Model, @unchecked Sendable {
    static let schema = "notification_templates"

    @ID(key: .id) var id: UUID?
    @Field(key: "event") var event: String
    @Field(key: "channel") var channel: String
    @Field(key: "language") var language: String
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "updated_by") var updatedBy: String
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}

/// A row of `notification_preferences`, keyed by the beneficiary.
final class NotificationPreferenceModel: Model, @unchecked Sendable {
    static let schema = "notification_preferences"

    @ID(custom: "beneficiary_id", generatedBy: .user) var id: UUID?
    @OptionalField(key: "channel") var channel: String?
    @Field(key: "email") var email: String
    @Field(key: "opted_out") var optedOut: Bool
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}

/// A row of `job_leases`.
final class JobLeaseModel: Model, @unchecked Sendable {
    static let schema = "job_leases"

    @ID(custom: "name", generatedBy: .user) var id: String?
    @Field(key: "holder") var holder: String
    @Field(key: "lease_until") var leaseUntil: Date
    @OptionalField(key: "last_run_at") var lastRunAt: Date?

    init() {}
}
