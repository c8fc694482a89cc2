import Fluent
import Foundation
import ManaratDomain

/// A row of `recusals`: the system stopped a staff member from acting on a request.
public final class RecusalModel: Model, @unchecked Sendable {
    public static let schema = "recusals"
    @ID(key: .id) public var id: UUID?
    @Field(key: "staff_id") public var staffID: UUID
    @Field(key: "request_id") public var requestID: UUID
    @Field(key: "action") public var action: String
    @Field(key: "reason") public var reason: String
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}
