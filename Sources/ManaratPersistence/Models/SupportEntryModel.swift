import Fluent
import Foundation
import ManaratDomain

/// A row of `support_entries`.
public final class SupportEntryModel: Model, @unchecked Sendable {
    public static let schema = "support_entries"
    @ID(key: .id) public var id: UUID?
    @Field(key: "supporter_id") public var supporterID: UUID
    @Field(key: "kind") public var kind: String
    @Field(key: "amount") public var amount: Int
    @Field(key: "items") public var items: String
    @Field(key: "designation") public var designation: String
    @Field(key: "received_on") public var receivedOn: String
    @Field(key: "recorded_at") public var recordedAt: Date
    public init() {}
}
