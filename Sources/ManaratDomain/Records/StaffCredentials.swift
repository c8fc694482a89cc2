import Foundation

/// A staff member with what sign-in needs to know.
public struct StaffCredentials: Sendable {
    /// The staff member.
    public var member: StaffMember
    /// The bcrypt hash of the password.
    public var passwordHash: String
    /// Failed sign-ins in a row since the last success or lock.
    public var failedSignIns: Int
    /// When the current lock ends, if locked.
    public var lockedUntil: Date?
    /// Whether the password was set by someone else and must be changed.
    public var mustChangePassword: Bool

    /// A value from its parts.
    public init(
        member: StaffMember,
        passwordHash: String,
        failedSignIns: Int,
        lockedUntil: Date?,
        mustChangePassword: Bool
    ) {
        self.member = member
        self.passwordHash = passwordHash
        self.failedSignIns = failedSignIns
        self.lockedUntil = lockedUntil
        self.mustChangePassword = mustChangePassword
    }
}
