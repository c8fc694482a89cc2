import Fluent
import Foundation
import ManaratDomain

/// Meetings and votes of the research committee.
public struct CommitteeRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Creates a meeting with the next number.
    public func create(
        id: UUID, heldOn: GregorianDay, location: String, quorum: Int, memberIDs: [UUID], requestIDs: [UUID],
        createdBy: UUID?, at now: Date
    ) async throws -> CommitteeMeeting {
        let number = try await Counters(database: database).next("committee_meeting")
        let row = CommitteeMeetingModel()
        row.id = id
        row.number = number
        row.heldOn = heldOn.description
        row.location = location
        row.quorum = quorum
        row.members = RequestRepository.json(memberIDs.map { $0.uuidString.lowercased() })
        row.requestIDs = RequestRepository.json(requestIDs.map { $0.uuidString.lowercased() })
        row.createdBy = createdBy
        row.createdAt = now
        try await row.create(on: database)
        return Self.meeting(row)
    }

    /// The meeting with this id.
    public func find(id: UUID) async throws -> CommitteeMeeting? {
        try await CommitteeMeetingModel.find(id, on: database).map(Self.meeting)
    }

    /// Meetings, newest first.
    public func all(limit: Int = 100) async throws -> [CommitteeMeeting] {
        try await CommitteeMeetingModel.query(on: database).sort(\.$number, .descending).limit(limit).all().map(
            Self.meeting)
    }

    /// Records or replaces a member's vote on a request at a meeting.
    public func cast(_ vote: CastVote, meetingID: UUID) async throws {
        let existing = try await CommitteeVoteModel.query(on: database).filter(\.$meetingID == meetingID).filter(
            \.$requestID == vote.requestID
        ).filter(\.$staffID == vote.staffID).first()
        let row = existing ?? CommitteeVoteModel()
        if existing == nil {
            row.id = try database.ids.next()
            row.meetingID = meetingID
            row.requestID = vote.requestID
            row.staffID = vote.staffID
        }
        row.vote = vote.vote.rawValue
        row.comment = vote.comment
        row.castAt = vote.castAt
        try await row.save(on: database)
    }

    /// The votes cast at a meeting.
    public func votes(meetingID: UUID) async throws -> [CastVote] {
        try await CommitteeVoteModel.query(on: database).filter(\.$meetingID == meetingID).sort(\.$castAt).all().map {
            row in
            CastVote(
                staffID: row.staffID, requestID: row.requestID, vote: Vote(rawValue: row.vote) ?? .defer_,
                comment: row.comment, castAt: row.castAt)
        }
    }

    private static func meeting(_ row: CommitteeMeetingModel) -> CommitteeMeeting {
        CommitteeMeeting(
            id: row.id!, number: row.number, heldOn: GregorianDay(iso: row.heldOn) ?? GregorianDay(julianDayNumber: 0),
            location: row.location, quorum: row.quorum,
            memberIDs: (RequestRepository.decode([String].self, row.members) ?? []).compactMap(UUID.init(uuidString:)),
            requestIDs: (RequestRepository.decode([String].self, row.requestIDs) ?? []).compactMap(
                UUID.init(uuidString:))
        )
    }
}
