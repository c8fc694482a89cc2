import Fluent
import Foundation
import ManaratDomain

/// A row of `service_deliveries`: one delivery or one instalment of a schedule.
public final class ServiceDeliveryModel: Model, @unchecked Sendable {
    public static let schema = "service_deliveries"
    @ID(key: .id) public var id: UUID?
    @Field(key: "request_id") public var requestID: UUID
    @Field(key: "kind") public var kind: String
    @Field(key: "amount") public var amount: Int
    @OptionalField(key: "method") public var method: String?
    @OptionalField(key: "iban") public var iban: String?
    @Field(key: "reference") public var reference: String
    @Field(key: "items") public var items: String
    @Field(key: "referral_to") public var referralTo: String
    @Field(key: "instalment_number") public var instalmentNumber: Int
    @Field(key: "instalment_count") public var instalmentCount: Int
    @Field(key: "due_on") public var dueOn: String
    @OptionalField(key: "delivered_at") public var deliveredAt: Date?
    @OptionalField(key: "delivered_by") public var deliveredBy: UUID?
    @Field(key: "delivered_by_name") public var deliveredByName: String
    @Field(key: "acknowledgement") public var acknowledgement: String
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}
