import Foundation
import Testing

@testable import ManaratDomain

@Suite("Support request statuses")
struct RequestStateMachineTests {
    /// Every accepted move, written out by hand from the workflow; a pair not
    /// listed in its status's row must be refused.
    static let accepted: [RequestStatus: [RequestEvent: RequestStatus]] = [
        .draft: [.submit: .submitted, .withdraw: .withdrawn],
        .submitted: [.markIncomplete: .incomplete, .completeRegistration: .registered, .withdraw: .withdrawn],
        .incomplete: [.completeRegistration: .registered, .withdraw: .withdrawn],
        .registered: [
            .markIncomplete: .incomplete, .referToResearch: .inResearch, .sendToCommittee: .atCommittee,
            .withdraw: .withdrawn,
        ],
        .inResearch: [.sendToCommittee: .atCommittee, .withdraw: .withdrawn],
        .atCommittee: [.approve: .approved, .reject: .rejected, .defer_: .deferred, .withdraw: .withdrawn],
        .approved: [.startDelivery: .inDelivery],
        .rejected: [:],
        .deferred: [.returnToCommittee: .atCommittee, .referToResearch: .inResearch, .withdraw: .withdrawn],
        .inDelivery: [.completeDelivery: .completed],
        .completed: [:],
        .withdrawn: [:],
    ]

    static let everythingInOrder = RequestFacts(attested: true, documentsComplete: true, hasResearchReport: true)

    @Test(
        "each status accepts exactly the moves of the workflow and refuses every other one",
        arguments: RequestStatus.allCases, RequestEvent.allCases
    )
    func transitionTable(status: RequestStatus, event: RequestEvent) throws {
        // setup
        let row = try #require(Self.accepted[status], "the expected table has no row for \(status)")
        let expected: Result<RequestStatus, TransitionRefusal> =
            row[event].map { .success($0) }
            ?? .failure(.notAllowed(from: status, event: event))

        // act
        let result = RequestStateMachine.apply(event, to: status, facts: Self.everythingInOrder)

        // assert
        #expect(result == expected)
    }

    @Test(
        "registration cannot be completed while documents are missing",
        arguments: [RequestStatus.submitted, .incomplete]
    )
    func registrationNeedsDocuments(status: RequestStatus) {
        // setup
        let facts = RequestFacts(attested: true, documentsComplete: false, hasResearchReport: true)

        // act
        let result = RequestStateMachine.apply(.completeRegistration, to: status, facts: facts)

        // assert
        #expect(result == .failure(.documentsIncomplete))
    }

    @Test(
        "a request cannot go to the committee before the applicant signs the attestation",
        arguments: [RequestStatus.registered, .inResearch]
    )
    func committeeNeedsAttestation(status: RequestStatus) {
        // setup
        let facts = RequestFacts(attested: false, documentsComplete: true, hasResearchReport: true)

        // act
        let result = RequestStateMachine.apply(.sendToCommittee, to: status, facts: facts)

        // assert
        #expect(result == .failure(.attestationMissing))
    }

    @Test(
        "a request cannot go to the committee while documents are missing",
        arguments: [RequestStatus.registered, .inResearch]
    )
    func committeeNeedsDocuments(status: RequestStatus) {
        // setup
        let facts = RequestFacts(attested: true, documentsComplete: false, hasResearchReport: true)

        // act
        let result = RequestStateMachine.apply(.sendToCommittee, to: status, facts: facts)

        // assert
        #expect(result == .failure(.documentsIncomplete))
    }

    @Test("a request in social research needs the researcher's report before the committee")
    func researchNeedsReport() {
        // setup
        let facts = RequestFacts(attested: true, documentsComplete: true, hasResearchReport: false)

        // act
        let result = RequestStateMachine.apply(.sendToCommittee, to: .inResearch, facts: facts)

        // assert
        #expect(result == .failure(.researchReportMissing))
    }

    @Test("a registered request may go straight to the committee without a research report")
    func registeredSkipsResearch() {
        // setup
        let facts = RequestFacts(attested: true, documentsComplete: true, hasResearchReport: false)

        // act
        let result = RequestStateMachine.apply(.sendToCommittee, to: .registered, facts: facts)

        // assert
        #expect(result == .success(.atCommittee))
    }

    @Test("when several conditions are unmet, the missing signature is reported first")
    func guardOrder() {
        // setup
        let nothing = RequestFacts()
        let signedOnly = RequestFacts(attested: true)

        // act
        let unsigned = RequestStateMachine.apply(.sendToCommittee, to: .inResearch, facts: nothing)
        let noReport = RequestStateMachine.apply(.sendToCommittee, to: .inResearch, facts: signedOnly)

        // assert
        #expect(unsigned == .failure(.attestationMissing))
        #expect(noReport == .failure(.researchReportMissing))
    }

    @Test(
        "a move that does not exist is reported as not allowed even when conditions are also unmet",
        arguments: [
            (RequestStatus.approved, RequestEvent.sendToCommittee),
            (.draft, .completeRegistration),
            (.completed, .completeRegistration),
            (.atCommittee, .sendToCommittee),
        ]
    )
    func notAllowedBeatsGuards(status: RequestStatus, event: RequestEvent) {
        // setup
        let nothing = RequestFacts()

        // act
        let result = RequestStateMachine.apply(event, to: status, facts: nothing)

        // assert
        #expect(result == .failure(.notAllowed(from: status, event: event)))
    }

    @Test("the buttons offered for a registered request depend on what is on file")
    func allowedEventsFollowFacts() {
        // setup
        let nothing = RequestFacts()

        // act
        let bare = RequestStateMachine.allowedEvents(from: .registered, facts: nothing)
        let ready = RequestStateMachine.allowedEvents(from: .registered, facts: Self.everythingInOrder)

        // assert
        #expect(bare == [.markIncomplete, .referToResearch, .withdraw])
        #expect(ready == [.markIncomplete, .referToResearch, .sendToCommittee, .withdraw])
    }

    @Test(
        "rejected, completed and withdrawn requests accept nothing; every other status has a way forward",
        arguments: RequestStatus.allCases)
    func finalStatusesAreDeadEnds(status: RequestStatus) {
        // setup
        let expectedFinal: Set<RequestStatus> = [.rejected, .completed, .withdrawn]

        // act
        let events = RequestStateMachine.allowedEvents(from: status, facts: Self.everythingInOrder)

        // assert
        #expect(status.isFinal == expectedFinal.contains(status))
        #expect(events.isEmpty == status.isFinal)
    }

    @Test(
        "the response clock stops only while the request waits on the applicant, and runs until the committee answers",
        arguments: RequestStatus.allCases)
    func clockFlags(status: RequestStatus) {
        // setup
        let pausing: Set<RequestStatus> = [.draft, .incomplete]
        let awaiting: Set<RequestStatus> = [.submitted, .incomplete, .registered, .inResearch, .atCommittee, .deferred]

        // act
        let pauses = status.pausesClock
        let awaits = status.awaitsDecision

        // assert
        #expect(pauses == pausing.contains(status))
        #expect(awaits == awaiting.contains(status))
    }

    @Test("the defer event and status are stored under their plain names")
    func storedNames() throws {
        // setup
        let encoder = JSONEncoder()

        // act
        let event = try encoder.encode([RequestEvent.defer_])
        let status = try encoder.encode([RequestStatus.inResearch])

        // assert
        #expect(String(decoding: event, as: UTF8.self) == #"["defer"]"#)
        #expect(String(decoding: status, as: UTF8.self) == #"["inResearch"]"#)
    }
}
