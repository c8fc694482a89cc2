import Fluent
import Foundation
import ManaratDomain

/// A row of `staff`.
public final class StaffModel: Model, @unchecked Sendable {
    public static let schema = "staff"

    @ID(key: .id) public var id: UUID?
    @Field(key: "username") public var username: String
    @Field(key: "display_name") public var displayName: String
    @Field(key: "password_hash") public var passwordHash: String
    @OptionalField(key: "branch_id") public var branchID: UUID?
    @Field(key: "is_active") public var isActive: Bool
    @Field(key: "must_change_password") public var mustChangePassword: Bool
    @Field(key: "failed_sign_ins") public var failedSignIns: Int
    @OptionalField(key: "locked_until") public var lockedUntil: Date?
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "updated_at") public var updatedAt: Date
    @Children(for: \.$staff) public var roleRows: [StaffRoleModel]

    public init() {}
}
