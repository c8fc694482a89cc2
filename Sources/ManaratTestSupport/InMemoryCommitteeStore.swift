import Foundation
import ManaratDomain
import ManaratPersistence

/// `CommitteeStore` in memory, for service tests that need no database.
public actor InMemoryCommitteeStore: CommitteeStore {
    /// The committee's members.
    public private(set) var members: [StaffMember]
    /// The members a decision needs.
    public private(set) var quorumSetting: Int
    /// The requests waiting for the committee.
    public private(set) var waiting: [UUID]
    /// The meetings, by id.
    public private(set) var meetings: [UUID: CommitteeMeeting] = [:]
    /// The votes, by meeting.
    public private(set) var castVotes: [UUID: [CastVote]] = [:]
    /// The members' declared relatives' identity numbers.
    private var relatives: [UUID: Set<String>]

    /// A committee of `members` needing `quorum`, with `waiting` requests and each member's
    /// declared relatives.
    public init(members: [StaffMember], quorum: Int, waiting: [UUID], relatives: [UUID: Set<String>] = [:]) {
        self.members = members
        quorumSetting = quorum
        self.waiting = waiting
        self.relatives = relatives
    }

    public func committeeMembers() async throws -> [StaffMember] { members }

    public func quorum() async throws -> Int { quorumSetting }

    public func queue() async throws -> [UUID] { waiting }

    public func createMeeting(
        id: UUID, heldOn: GregorianDay, location: String, quorum: Int, memberIDs: [UUID], requestIDs: [UUID],
        createdBy: UUID?, at now: Date
    ) async throws -> CommitteeMeeting {
        let meeting = CommitteeMeeting(
            id: id, number: meetings.count + 1, heldOn: heldOn, location: location, quorum: quorum,
            memberIDs: memberIDs, requestIDs: requestIDs)
        meetings[id] = meeting
        return meeting
    }

    public func meeting(id: UUID) async throws -> CommitteeMeeting? { meetings[id] }

    public func votes(meetingID: UUID) async throws -> [CastVote] { castVotes[meetingID] ?? [] }

    public func cast(_ vote: CastVote, meetingID: UUID) async throws {
        castVotes[meetingID, default: []].removeAll { $0.staffID == vote.staffID && $0.requestID == vote.requestID }
        castVotes[meetingID, default: []].append(vote)
    }

    public func declaration(of staffID: UUID) async throws -> StaffDeclaration {
        StaffDeclaration(staffID: staffID, relativeIdentityNumbers: relatives[staffID] ?? [], ownIdentityNumber: nil)
    }
}
