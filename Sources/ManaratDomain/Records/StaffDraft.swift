import Foundation

/// The fields an administrator sets on a staff account.
public struct StaffDraft: Sendable, Equatable {
    /// The normalized username.
    public var username: String
    /// The name shown to colleagues.
    public var displayName: String
    /// The roles held.
    public var roles: Set<Role>
    /// The branch.
    public var branchID: UUID?
    /// Whether the account may sign in.
    public var isActive: Bool

    /// Creates a draft.
    public init(username: String, displayName: String, roles: Set<Role>, branchID: UUID?, isActive: Bool) {
        self.username = username
        self.displayName = displayName
        self.roles = roles
        self.branchID = branchID
        self.isActive = isActive
    }
}
