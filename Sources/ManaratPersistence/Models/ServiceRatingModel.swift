import Crypto
import Fluent
import Foundation
import ManaratDomain

/// A row of `service_ratings`.
public final class ServiceRatingModel: Model, @unchecked Sendable {
    public static let schema = "service_ratings"
    @ID(key: .id) public var id: UUID?
    @Field(key: "request_id") public var requestID: UUID
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "score") public var score: Int
    @Field(key: "comment") public var comment: String
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}
