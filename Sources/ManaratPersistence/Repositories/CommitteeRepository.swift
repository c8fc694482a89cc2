import Fluent
import Foundation
import ManaratDomain

/// A committee meeting (اجتماع اللجنة): when, where, who was present, what it considered.
public struct CommitteeMeeting: Sendable, Equatable, Identifiable {
    /// The meeting's identifier.
    public var id: UUID
    /// Its running number, used in the minutes.
    public var number: Int
    /// The day it was held.
    public var heldOn: GregorianDay
    /// Where.
    public var location: String
    /// How many members make a quorum.
    public var quorum: Int
    /// The members present.
    public var memberIDs: [UUID]
    /// The requests on its agenda.
    public var requestIDs: [UUID]
}

/// A vote cast at a meeting.
public struct CastVote: Sendable, Equatable {
    /// The member.
    public var staffID: UUID
    /// The request.
    public var requestID: UUID
    /// Approve, reject or defer.
    public var vote: Vote
    /// The member's comment.
    public var comment: String
    /// When.
    public var castAt: Date

    /// Creates a value.
    public init(staffID: UUID, requestID: UUID, vote: Vote, comment: String, castAt: Date) {
        self.staffID = staffID
        self.requestID = requestID
        self.vote = vote
        self.comment = comment
        self.castAt = castAt
    }
}

/// Meetings and votes of the research committee.
public struct CommitteeRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Creates a meeting with the next number.
    public func create(id: UUID, heldOn: GregorianDay, location: String, quorum: Int, memberIDs: [UUID], requestIDs: [UUID], createdBy: UUID?, at now: Date) async throws -> CommitteeMeeting {
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
        try await CommitteeMeetingModel.query(on: database).sort(\.$number, .descending).limit(limit).all().map(Self.meeting)
    }

    /// Records or replaces a member's vote on a request at a meeting.
    public func cast(_ vote: CastVote, meetingID: UUID) async throws {
        let existing = try await CommitteeVoteModel.query(on: database).filter(\.$meetingID == meetingID).filter(\.$requestID == vote.requestID).filter(\.$staffID == vote.staffID).first()
        let row = existing ?? CommitteeVoteModel()
        if existing == nil {
            row.id = UUID()
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
        try await CommitteeVoteModel.query(on: database).filter(\.$meetingID == meetingID).sort(\.$castAt).all().map { row in
            CastVote(staffID: row.staffID, requestID: row.requestID, vote: Vote(rawValue: row.vote) ?? .defer_, comment: row.comment, castAt: row.castAt)
        }
    }

    private static func meeting(_ row: CommitteeMeetingModel) -> CommitteeMeeting {
        CommitteeMeeting(
            id: row.id!, number: row.number, heldOn: GregorianDay(iso: row.heldOn) ?? GregorianDay(julianDayNumber: 0), location: row.location, quorum: row.quorum,
            memberIDs: (RequestRepository.decode([String].self, row.members) ?? []).compactMap(UUID.init(uuidString:)),
            requestIDs: (RequestRepository.decode([String].self, row.requestIDs) ?? []).compactMap(UUID.init(uuidString:))
        )
    }
}

/// A declared relative or interest of a staff member.
public struct DeclarationRecord: Sendable, Equatable, Identifiable {
    /// The declaration's identifier.
    public var id: UUID
    /// The staff member.
    public var staffID: UUID
    /// The relative's identity number (or the staff member's own, with relation "self").
    public var identityNumber: String
    /// The relation, such as "brother", or "self".
    public var relation: String
    /// Other interests, in words.
    public var note: String
    /// When it was declared.
    public var createdAt: Date
}

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
}

/// Conflict-of-interest declarations and recusals.
public struct ConflictRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// A staff member's active declarations.
    public func declarations(of staffID: UUID) async throws -> [DeclarationRecord] {
        let protection = try database.protection
        return try await StaffDeclarationModel.query(on: database).filter(\.$staffID == staffID).filter(\.$isActive == true).sort(\.$createdAt).all().map { try Self.record($0, protection: protection) }
    }

    /// Every active declaration, for administrators.
    public func allDeclarations() async throws -> [DeclarationRecord] {
        let protection = try database.protection
        return try await StaffDeclarationModel.query(on: database).filter(\.$isActive == true).sort(\.$createdAt, .descending).all().map { try Self.record($0, protection: protection) }
    }

    /// The staff member's declaration as the conflict rule reads it.
    public func declaration(of staffID: UUID) async throws -> StaffDeclaration {
        let records = try await declarations(of: staffID)
        return StaffDeclaration(staffID: staffID, relativeIdentityNumbers: Set(records.filter { $0.relation != "self" }.map(\.identityNumber)), ownIdentityNumber: records.first { $0.relation == "self" }?.identityNumber)
    }

    /// Adds a declaration.
    public func declare(staffID: UUID, identityNumber: String, relation: String, note: String, at now: Date) async throws -> UUID {
        let row = StaffDeclarationModel()
        row.id = UUID()
        row.staffID = staffID
        row.identityNumber = try database.protection.seal(identityNumber, as: .identityNumber)
        row.relation = relation
        row.note = note
        row.isActive = true
        row.createdAt = now
        try await row.create(on: database)
        return row.id!
    }

    /// Withdraws one of the staff member's declarations (kept for history).
    public func withdraw(id: UUID, staffID: UUID) async throws -> Bool {
        guard let row = try await StaffDeclarationModel.query(on: database).filter(\.$id == id).filter(\.$staffID == staffID).filter(\.$isActive == true).first() else { return false }
        row.isActive = false
        try await row.update(on: database)
        return true
    }

    /// Records a recusal.
    public func recordRecusal(staffID: UUID, requestID: UUID, action: String, reason: String, at now: Date) async throws {
        let row = RecusalModel()
        row.id = UUID()
        row.staffID = staffID
        row.requestID = requestID
        row.action = action
        row.reason = reason
        row.createdAt = now
        try await row.create(on: database)
    }

    /// Recusals, newest first.
    public func recusals(limit: Int = 200) async throws -> [RecusalRecord] {
        try await RecusalModel.query(on: database).sort(\.$createdAt, .descending).limit(limit).all().map { row in
            RecusalRecord(staffID: row.staffID, requestID: row.requestID, action: row.action, reason: row.reason, createdAt: row.createdAt)
        }
    }

    private static func record(_ row: StaffDeclarationModel, protection: DataProtection) throws -> DeclarationRecord {
        DeclarationRecord(id: row.id!, staffID: row.staffID, identityNumber: try protection.open(row.identityNumber, as: .identityNumber), relation: row.relation, note: row.note, createdAt: row.createdAt)
    }
}
