import Foundation
import ManaratDomain

/// What the research committee's pages read and write: its members, quorum and queue, its
/// meetings and votes, and the members' declarations. `CommitteeStoreRepository` keeps them in
/// the database; service tests keep them in memory.
public protocol CommitteeStore: Sendable {
    /// The active staff members who sit on the committee.
    func committeeMembers() async throws -> [StaffMember]
    /// The members a decision needs.
    func quorum() async throws -> Int
    /// The requests waiting for the committee.
    func queue() async throws -> [UUID]
    /// Records a meeting; returns it with its number.
    @discardableResult
    func createMeeting(
        id: UUID, heldOn: GregorianDay, location: String, quorum: Int, memberIDs: [UUID], requestIDs: [UUID],
        createdBy: UUID?, at now: Date
    ) async throws -> CommitteeMeeting
    /// One meeting.
    func meeting(id: UUID) async throws -> CommitteeMeeting?
    /// The votes cast at a meeting.
    func votes(meetingID: UUID) async throws -> [CastVote]
    /// Records a member's vote, replacing their earlier one on the same request.
    func cast(_ vote: CastVote, meetingID: UUID) async throws
    /// A member's conflict-of-interest declaration.
    func declaration(of staffID: UUID) async throws -> StaffDeclaration
}
