import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// A request's timeline of events and the pauses of its clock while it waits on the applicant.
public struct RequestTimelineRepository: Sendable {
    let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Records a step in the request's history.
    public func addEvent(
        requestID: UUID, event: RequestTimelineEvent, from: RequestStatus?, to: RequestStatus, note: String,
        actorID: UUID?, actorName: String, at now: Date
    ) async throws {
        let row = RequestEventModel()
        row.id = try database.ids.next()
        row.requestID = requestID
        row.event = event.stored
        row.fromStatus = from?.rawValue
        row.toStatus = to.rawValue
        row.note = note
        row.actorID = actorID
        row.actorName = actorName
        row.occurredAt = now
        try await row.create(on: database)
    }

    /// The request's history, oldest first.
    public func events(of requestID: UUID) async throws -> [RequestEventRecord] {
        // Every writer names its event through `RequestTimelineEvent`, so each stored name reads back.
        try await RequestEventModel.query(on: database).filter(\.$requestID == requestID).sort(\.$occurredAt).all()
            .compactMap { row in
                guard let event = RequestTimelineEvent(stored: row.event) else { return nil }
                return RequestEventRecord(
                    event: event, fromStatus: row.fromStatus.flatMap(RequestStatus.init(rawValue:)),
                    toStatus: RequestStatus(rawValue: row.toStatus) ?? .draft, note: row.note, actorName: row.actorName,
                    occurredAt: row.occurredAt)
            }
    }

    /// The request's pauses, oldest first.
    public func pauses(of requestID: UUID) async throws -> [ClockPause] {
        try await ClockPauseModel.query(on: database).filter(\.$requestID == requestID).sort(\.$fromDay).all()
            .compactMap { row in
                GregorianDay(iso: row.fromDay).map {
                    ClockPause(from: $0, until: row.untilDay.flatMap(GregorianDay.init(iso:)))
                }
            }
    }

    /// Starts waiting on the applicant from `day`, unless already waiting.
    public func openPause(requestID: UUID, from day: GregorianDay) async throws {
        guard
            try await ClockPauseModel.query(on: database).filter(\.$requestID == requestID).filter(\.$untilDay == nil)
                .count() == 0
        else { return }
        let row = ClockPauseModel()
        row.id = try database.ids.next()
        row.requestID = requestID
        row.fromDay = day.description
        row.untilDay = nil
        try await row.create(on: database)
    }

    /// Stops waiting on the applicant on `day`.
    public func closePause(requestID: UUID, on day: GregorianDay) async throws {
        try await ClockPauseModel.query(on: database).filter(\.$requestID == requestID).filter(\.$untilDay == nil).set(
            \.$untilDay, to: day.description
        ).update()
    }
}
