import Fluent
import Foundation
import ManaratDomain

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
