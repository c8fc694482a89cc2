import Crypto
import Fluent
import Foundation
import ManaratDomain

/// A row of `messages`.
public final class MessageModel: Model, @unchecked Sendable {
    public static let schema = "messages"
    @ID(key: .id) public var id: UUID?
    @Field(key: "recipient_kind") public var recipientKind: String
    @OptionalField(key: "recipient_id") public var recipientID: UUID?
    @Field(key: "channel") public var channel: String
    @Field(key: "address") public var address: String
    @Field(key: "body") public var body: String
    @Field(key: "status") public var status: String
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}
