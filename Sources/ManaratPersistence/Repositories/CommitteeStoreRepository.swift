import Fluent
import Foundation
import ManaratDomain

/// `CommitteeStore` in the database: the committee, staff, request, conflict and settings
/// repositories on one connection.
public struct CommitteeStoreRepository: CommitteeStore {
    let database: any Database

    /// A store on `database`.
    public init(database: any Database) {
        self.database = database
    }

    public func committeeMembers() async throws -> [StaffMember] {
        try await StaffRepository(database: database).all().filter { $0.isActive && $0.roles.contains(.committee) }
    }

    public func quorum() async throws -> Int {
        try await WorkingCalendarRepository(database: database).integerSetting(
            RequestSettingKey.committeeQuorum, fallback: RequestSettingKey.defaultQuorum)
    }

    public func queue() async throws -> [UUID] {
        try await RequestRepository(database: database).list(
            RequestFilter(statuses: [.atCommittee]), page: 1, perPage: 500
        ).rows.map(\.request.id)
    }

    public func createMeeting(
        id: UUID, heldOn: GregorianDay, location: String, quorum: Int, memberIDs: [UUID], requestIDs: [UUID],
        createdBy: UUID?, at now: Date
    ) async throws -> CommitteeMeeting {
        try await CommitteeRepository(database: database).create(
            id: id, heldOn: heldOn, location: location, quorum: quorum, memberIDs: memberIDs, requestIDs: requestIDs,
            createdBy: createdBy, at: now)
    }

    public func meeting(id: UUID) async throws -> CommitteeMeeting? {
        try await CommitteeRepository(database: database).find(id: id)
    }

    public func votes(meetingID: UUID) async throws -> [CastVote] {
        try await CommitteeRepository(database: database).votes(meetingID: meetingID)
    }

    public func cast(_ vote: CastVote, meetingID: UUID) async throws {
        try await CommitteeRepository(database: database).cast(vote, meetingID: meetingID)
    }

    public func declaration(of staffID: UUID) async throws -> StaffDeclaration {
        try await ConflictRepository(database: database).declaration(of: staffID)
    }
}
