import Foundation
import ManaratDomain
import ManaratPersistence

/// What the research committee does, given its store and the clock: call a meeting, vote, and
/// reach the reasoned decision; it holds no request. A refusal people should read is thrown as
/// `CommitteeProblems`.
struct CommitteeService: Sendable {
    let store: any CommitteeStore
    let clock: WallClock

    /// A meeting as called: its draft, with the members and agenda the store knows, or every problem.
    func check(_ form: MeetingForm) async throws -> Result<MeetingDraft, CommitteeProblems> {
        form.parsed(
            committee: try await store.committeeMembers(), quorum: try await store.quorum(),
            queue: try await store.queue())
    }

    /// Records `draft` as the meeting `id`, called by `staffID`.
    func create(_ draft: MeetingDraft, id: UUID, by staffID: UUID?) async throws {
        try await store.createMeeting(
            id: id, heldOn: draft.heldOn, location: draft.location, quorum: draft.quorum, memberIDs: draft.memberIDs,
            requestIDs: draft.requestIDs, createdBy: staffID, at: clock.now())
    }

    /// `staff`'s vote on `item` at `meeting`, checked: a member present, the request still at the
    /// committee, and (through `workflow`'s guard, which records the recusal) not related to it.
    func vote(
        _ vote: Vote, comment: String, on item: MeetingItem, at meeting: CommitteeMeeting, by staff: StaffMember,
        workflow: RequestWorkflow
    ) async throws -> CastVote {
        guard meeting.memberIDs.contains(staff.id) else {
            throw CommitteeProblems(problems: [.notMeetingMember(.vote)])
        }
        guard item.file.request.status == .atCommittee else { throw CommitteeProblems(problems: [.notAtCommittee]) }
        do {
            try await workflow.guardConflict(item.file, staff: staff, action: "vote")
        } catch let refusal as ConflictRefusal {
            throw CommitteeProblems(problems: [.conflict(refusal.reason)])
        }
        return CastVote(
            staffID: staff.id, requestID: item.file.request.id, vote: vote, comment: comment, castAt: clock.now())
    }

    /// Records `vote` at `meetingID`.
    func cast(_ vote: CastVote, meetingID: UUID) async throws {
        try await store.cast(vote, meetingID: meetingID)
    }

    /// The decision on `item` at `meeting` that `staff` records from `form`, and the step it
    /// takes. Members related to the applicant cannot vote, so they count neither toward the
    /// quorum nor among those the decision waits for; every other member present must have voted.
    func decision(
        on item: MeetingItem, at meeting: CommitteeMeeting, members: [StaffMember], form: DecisionForm,
        by staff: StaffMember
    ) async throws -> (event: RequestEvent, decision: RequestDecision) {
        guard meeting.memberIDs.contains(staff.id) else {
            throw CommitteeProblems(problems: [.notMeetingMember(.decision)])
        }
        var eligible: [UUID] = []
        for memberID in meeting.memberIDs {
            let declaration = try await store.declaration(of: memberID)
            if ConflictOfInterest.conflict(
                of: declaration, applicantIdentity: item.file.beneficiary.identity.value,
                householdIdentities: item.file.householdIdentities, requestOwnerStaffID: nil) == nil
            {
                eligible.append(memberID)
            }
        }
        let voted = Set(item.votes.map(\.staffID))
        let waitingFor = eligible.filter { !voted.contains($0) }
        if !waitingFor.isEmpty, eligible.count >= meeting.quorum {
            throw CommitteeProblems(problems: [
                .votesMissing(names: members.filter { waitingFor.contains($0.id) }.map(\.displayName))
            ])
        }
        let outcome = Committee.outcome(
            votes: item.votes.filter { eligible.contains($0.staffID) }.map(\.vote), present: eligible.count,
            quorum: meeting.quorum)
        let decision = try form.decision(outcome, quorum: meeting.quorum, meetingID: meeting.id, at: clock.now()).get()
        let event: RequestEvent = outcome == .approved ? .approve : outcome == .rejected ? .reject : .defer_
        return (event, decision)
    }
}
