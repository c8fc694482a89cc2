import Foundation
import ManaratDomain

@testable import ManaratApp

extension StaffMember {
    /// The committee's three members.
    static let mockCommittee: [StaffMember] = [
        ("a5", "committee.chair", "عبدالله الشمري"), ("a6", "committee.one", "منى السبيعي"),
        ("a7", "committee.two", "ياسر الغامدي"),
    ].map { suffix, username, name in
        StaffMember(
            id: UUID(uuidString: "00000000-0000-4000-8000-0000000000\(suffix)")!, username: username,
            displayName: name, roles: [.committee], branchID: nil, isActive: true)
    }
}

extension CommitteeMeeting {
    /// Meeting no. 7 on 21 February 2023 with the three members, Fatimah's request on the agenda.
    static let mock = CommitteeMeeting(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000b7")!, number: 7,
        heldOn: GregorianDay(year: 2023, month: 2, day: 21)!, location: "قاعة الاجتماعات", quorum: 3,
        memberIDs: StaffMember.mockCommittee.map(\.id), requestIDs: [SupportRequest.mockFatimahRent.id])
}

extension MeetingItem {
    /// Fatimah's request at the committee with two approvals in.
    static let mockTwoVotes: MeetingItem = {
        var file = RequestFile.mockInResearch()
        file.request.status = .atCommittee
        return MeetingItem(
            file: file,
            votes: StaffMember.mockCommittee.prefix(2).map {
                CastVote(
                    staffID: $0.id, requestID: file.request.id, vote: .approve, comment: "الحاجة ثابتة",
                    castAt: Date(timeIntervalSince1970: 1_676_959_200))
            })
    }()
}

extension MeetingPage.Model {
    /// The meeting as its chair sees it, a decision refused for a missing vote.
    static let mockChair = MeetingPage.Model(
        meeting: .mock, members: StaffMember.mockCommittee, items: [.mockTwoVotes],
        staffID: StaffMember.mockCommittee[0].id, isMember: true, problems: [.votesMissing(names: ["ياسر الغامدي"])])
}

extension CommitteeQueuePage.Model {
    /// One request waiting, one meeting held.
    static let mock = CommitteeQueuePage.Model(
        queue: [
            RequestSummary(
                request: MeetingItem.mockTwoVotes.file.request, beneficiaryName: "فاطمة علي الزهراني",
                fileNumber: "B-00001")
        ],
        meetings: [.mock], typeNames: [RequestType.mockRent.id: "دعم الإيجار"], mayOrganize: true)
}

extension MeetingEditor.Model {
    /// A meeting called with one member and no agenda.
    static let mockRefused = MeetingEditor.Model(
        form: MeetingForm(
            heldOn: "", heldOnCalendar: "hijri", members: [StaffMember.mockCommittee[0].id.uuidString.lowercased()],
            requests: []),
        committee: StaffMember.mockCommittee, queue: CommitteeQueuePage.Model.mock.queue,
        problems: [.heldOnMissing, .quorumNotMet(quorum: 3), .agendaRequired])
}
