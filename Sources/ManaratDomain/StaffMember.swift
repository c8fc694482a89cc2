import Foundation

/// A staff member (الموظف) who signs in to the staff desk.
public struct StaffMember: Sendable, Equatable, Identifiable {
    /// The staff member's identifier.
    public var id: UUID
    /// The sign-in name, lower case.
    public var username: String
    /// The name shown to colleagues and in the audit log.
    public var displayName: String
    /// The roles held; a staff member may hold several.
    public var roles: Set<Role>
    /// The branch the staff member belongs to.
    public var branchID: UUID?
    /// Whether the account may sign in.
    public var isActive: Bool

    /// Creates a staff member.
    public init(id: UUID, username: String, displayName: String, roles: Set<Role>, branchID: UUID?, isActive: Bool) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.roles = roles
        self.branchID = branchID
        self.isActive = isActive
    }

    /// Whether the staff member holds at least one of `roles`.
    public func holdsAny(of roles: Set<Role>) -> Bool {
        !self.roles.isDisjoint(with: roles)
    }
}
