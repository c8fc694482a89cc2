import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// A row of `feedback`.
public final class FeedbackModel: Model, @unchecked Sendable {
    public static let schema = "feedback"
    @ID(key: .id) public var id: UUID?
    @Field(key: "reference") public var reference: String
    @Field(key: "kind") public var kind: String
    @OptionalField(key: "beneficiary_id") public var beneficiaryID: UUID?
    @Field(key: "contact_name") public var contactName: String
    @Field(key: "contact_phone") public var contactPhone: String
    @Field(key: "channel") public var channel: String
    @Field(key: "text") public var text: String
    @Field(key: "status") public var status: String
    @OptionalField(key: "assigned_to") public var assignedTo: UUID?
    @Field(key: "notes") public var notes: String
    @Field(key: "response") public var response: String
    @OptionalField(key: "action") public var action: String?
    @Field(key: "no_action_reason") public var noActionReason: String
    @Field(key: "due_on") public var dueOn: String
    @OptionalField(key: "closed_at") public var closedAt: Date?
    @Field(key: "appeal") public var appeal: String
    @Field(key: "appeals") public var appeals: Int
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "category") public var category: String?
    @Field(key: "priority") public var priority: String
    public init() {}
}
