import Foundation

/// A stored session as the session middleware needs it.
public struct StoredSession: Sendable, Equatable {
    /// The row's id.
    public var id: UUID
    /// The signed-in staff member.
    public var staffID: UUID?
    /// The signed-in beneficiary, for portal sessions.
    public var beneficiaryID: UUID?
    /// When the session began (at sign-in).
    public var createdAt: Date
    /// When it was last used, to the touch interval.
    public var lastSeenAt: Date

    /// A value from its parts.
    public init(
        id: UUID,
        staffID: UUID?,
        beneficiaryID: UUID?,
        createdAt: Date,
        lastSeenAt: Date
    ) {
        self.id = id
        self.staffID = staffID
        self.beneficiaryID = beneficiaryID
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
    }
}
