import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The research committee's pages in both languages and its service on in-memory stores.
@Suite("Committee")
struct CommitteeServiceTests {
    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        (
            "committee-queue",
            { CommitteeQueuePage.render(.mock, context: .mock($0, staff: StaffMember.mockCommittee[0])) }
        ),
        (
            "meeting-new-refused",
            { MeetingEditor.render(.mockRefused, context: .mock($0, staff: StaffMember.mockCommittee[0])) }
        ),
        ("meeting-chair", { MeetingPage.render(.mockChair, context: .mock($0, staff: StaffMember.mockCommittee[0])) }),
        (
            "meeting-minutes",
            { MinutesPage.render(.mockChair, context: .mock($0, staff: StaffMember.mockCommittee[0])) }
        ),
    ]

    static func service(_ store: InMemoryCommitteeStore) -> CommitteeService {
        CommitteeService(store: store, clock: TestClock().wallClock)
    }

    @Test("each committee page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("a meeting needs its day, the quorum present and an agenda from the queue")
    func callingAMeeting() async throws {
        // setup
        let waiting = SupportRequest.mockFatimahRent.id
        let store = InMemoryCommitteeStore(members: StaffMember.mockCommittee, quorum: 3, waiting: [waiting])
        let members = StaffMember.mockCommittee.map { $0.id.uuidString }
        let refused = MeetingForm(heldOn: "", members: Array(members.prefix(2)), requests: [UUID().uuidString])
        let accepted = MeetingForm(
            heldOn: "2023-02-21", heldOnCalendar: "gregorian", members: members, requests: [waiting.uuidString])
        // act
        let refusal = try await Self.service(store).check(refused)
        let draft = try await Self.service(store).check(accepted).get()
        // assert
        #expect(
            refusal
                == .failure(CommitteeProblems(problems: [.heldOnMissing, .quorumNotMet(quorum: 3), .agendaRequired])))
        #expect(draft.memberIDs.count == 3)
        #expect(draft.requestIDs == [waiting])
    }

    @Test("the decision waits for every member present who may vote, and names who has not voted")
    func votesMissing() async throws {
        // setup
        let store = InMemoryCommitteeStore(members: StaffMember.mockCommittee, quorum: 3, waiting: [])
        // act, assert
        await #expect(throws: CommitteeProblems(problems: [.votesMissing(names: ["ياسر الغامدي"])])) {
            try await Self.service(store).decision(
                on: .mockTwoVotes, at: .mock, members: StaffMember.mockCommittee, form: DecisionForm(),
                by: StaffMember.mockCommittee[0])
        }
    }

    @Test("a member related to the applicant neither counts toward the quorum nor is waited for")
    func relatedMemberStepsAside() async throws {
        // setup
        let related = StaffMember.mockCommittee[2]
        let applicant = MeetingItem.mockTwoVotes.file.beneficiary.identity.value
        let store = InMemoryCommitteeStore(
            members: StaffMember.mockCommittee, quorum: 2, waiting: [], relatives: [related.id: [applicant]])
        var meeting = CommitteeMeeting.mock
        meeting.quorum = 2
        // act
        let (event, decision) = try await Self.service(store).decision(
            on: .mockTwoVotes, at: meeting, members: StaffMember.mockCommittee,
            form: DecisionForm(service: "cash", amount: "6000"), by: StaffMember.mockCommittee[0])
        // assert
        #expect(event == .approve)
        #expect(decision.amount == Money(halalas: 600_000))
        #expect(decision.meetingID == meeting.id)
    }

    @Test("a rejection needs its reasons, and a member not present may not vote")
    func rejectionAndPresence() async throws {
        // setup
        let store = InMemoryCommitteeStore(members: StaffMember.mockCommittee, quorum: 3, waiting: [])
        var rejected = MeetingItem.mockTwoVotes
        rejected.votes = StaffMember.mockCommittee.map {
            CastVote(
                staffID: $0.id, requestID: rejected.file.request.id, vote: .reject, comment: "",
                castAt: Date(timeIntervalSince1970: 0))
        }
        let workflow = RequestWorkflow(
            store: InMemoryRequestStore(), actor: .staff(.mockQuality), now: Date(timeIntervalSince1970: 0),
            today: GregorianDay(year: 2023, month: 2, day: 21)!)
        // act, assert
        await #expect(throws: CommitteeProblems(problems: [.rejectionReasonRequired])) {
            try await Self.service(store).decision(
                on: rejected, at: .mock, members: StaffMember.mockCommittee, form: DecisionForm(),
                by: StaffMember.mockCommittee[0])
        }
        await #expect(throws: CommitteeProblems(problems: [.notMeetingMember(.vote)])) {
            try await Self.service(store).vote(
                .approve, comment: "", on: rejected, at: .mock, by: .mockQuality, workflow: workflow)
        }
    }
}
