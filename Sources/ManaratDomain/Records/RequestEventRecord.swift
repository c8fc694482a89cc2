import Foundation

/// One step in a request's history.
public struct RequestEventRecord: Sendable, Equatable {
    /// What happened, such as "submit".
    public var event: String
    /// The status before.
    public var fromStatus: RequestStatus?
    /// The status after.
    public var toStatus: RequestStatus
    /// A note for people.
    public var note: String
    /// Who did it.
    public var actorName: String
    /// When.
    public var occurredAt: Date

    /// A value from its parts.
    public init(
        event: String,
        fromStatus: RequestStatus?,
        toStatus: RequestStatus,
        note: String,
        actorName: String,
        occurredAt: Date
    ) {
        self.event = event
        self.fromStatus = fromStatus
        self.toStatus = toStatus
        self.note = note
        self.actorName = actorName
        self.occurredAt = occurredAt
    }
}
