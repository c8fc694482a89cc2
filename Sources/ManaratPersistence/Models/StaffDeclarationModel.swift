import Fluent
import Foundation
import ManaratDomain

/// A row of `staff_declarations`: a relative (or the staff member's own identity) declared for conflict checks.
public final class StaffDeclarationModel: Model, @unchecked Sendable {
    public static let schema = "staff_declarations"
    @ID(key: .id) public var id: UUID?
    @Field(key: "staff_id") public var staffID: UUID
    @Field(key: "identity_number") public var identityNumber: String
    @Field(key: "relation") public var relation: String
    @Field(key: "note") public var note: String
    @Field(key: "is_active") public var isActive: Bool
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}
