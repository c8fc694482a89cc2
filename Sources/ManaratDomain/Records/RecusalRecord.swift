import Foundation

/// A recorded refusal: the system kept a staff member from acting on a request.
public struct RecusalRecord: Sendable, Equatable {
    /// The staff member.
    public var staffID: UUID
    /// The request.
    public var requestID: UUID
    /// What they tried to do.
    public var action: String
    /// Why they may not.
    public var reason: String
    /// When.
    public var createdAt: Date

    /// A value from its parts.
    public init(
        staffID: UUID,
        requestID: UUID,
        action: String,
        reason: String,
        createdAt: Date
    ) {
        self.staffID = staffID
        self.requestID = requestID
        self.action = action
        self.reason = reason
        self.createdAt = createdAt
    }
}
