import Fluent
import Foundation
import ManaratDomain

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
