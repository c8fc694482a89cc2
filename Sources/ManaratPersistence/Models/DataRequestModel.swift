import Crypto
import Fluent
import Foundation
import ManaratDomain

/// A row of `data_requests`.
public final class DataRequestModel: Model, @unchecked Sendable {
    public static let schema = "data_requests"
    @ID(key: .id) public var id: UUID?
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "kind") public var kind: String
    @Field(key: "details") public var details: String
    @Field(key: "status") public var status: String
    @Field(key: "due_on") public var dueOn: String
    @Field(key: "answer") public var answer: String
    @Field(key: "created_at") public var createdAt: Date
    @OptionalField(key: "answered_at") public var answeredAt: Date?
    @Field(key: "extension_reason") public var extensionReason: String
    @OptionalField(key: "extended_at") public var extendedAt: Date?
    public init() {}
}
