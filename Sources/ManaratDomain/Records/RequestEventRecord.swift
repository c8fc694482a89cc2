import Foundation

/// One step in a request's history.
public struct RequestEventRecord: Sendable, Equatable {
    /// What happened: a move of the state machine, or a step recorded on the request.
    public var event: RequestTimelineEvent
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
        event: RequestTimelineEvent,
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
