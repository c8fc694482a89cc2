import Fluent
import Foundation
import ManaratDomain

/// A row of `policy_acknowledgements`: a staff member confirmed reading a version.
public final class PolicyAcknowledgementModel: Model, @unchecked Sendable {
    public static let schema = "policy_acknowledgements"
    @ID(key: .id) public var id: UUID?
    @Field(key: "version_id") public var versionID: UUID
    @Field(key: "staff_id") public var staffID: UUID
    @Field(key: "acknowledged_at") public var acknowledgedAt: Date
    public init() {}
}
