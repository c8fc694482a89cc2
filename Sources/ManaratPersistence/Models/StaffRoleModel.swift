import Fluent
import Foundation
import ManaratDomain

/// A row of `staff_roles`: one role held by one staff member.
public final class StaffRoleModel: Model, @unchecked Sendable {
    public static let schema = "staff_roles"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "staff_id") public var staff: StaffModel
    @Field(key: "role") public var role: String

    public init() {}

    init(id: UUID, staffID: UUID, role: Role) {
        self.id = id
        self.$staff.id = staffID
        self.role = role.rawValue
    }
}
