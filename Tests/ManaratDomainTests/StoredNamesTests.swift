import Foundation
import Testing

@testable import ManaratDomain

/// The names the audit log and a request's timeline store are a contract with every row already
/// written: the typed cases must keep producing them, and read them back.
@Suite("Names stored in the audit log and the timeline")
struct StoredNamesTests {
    @Test("a request's move is audited as \"request.\" and the move's stored name", arguments: RequestEvent.allCases)
    func auditedMove(event: RequestEvent) {
        // act
        let action = AuditAction(event)
        // assert
        #expect(action.rawValue == "request." + event.rawValue)
    }

    @Test("audit actions are named \"record.verb\" and no two cases share a name")
    func auditActionNames() {
        // setup
        let names = AuditAction.allCases.map(\.rawValue)
        // assert
        #expect(Set(names).count == names.count)
        #expect(
            names.allSatisfy {
                $0.split(separator: ".").count == 2 && $0 == $0.lowercased() || $0.hasPrefix("request.")
            })
    }

    @Test(
        "every timeline event reads back from the name it stores",
        arguments:
            RequestEvent.allCases.map(RequestTimelineEvent.moved)
            + RequestStep.allCases.map(RequestTimelineEvent.recorded))
    func timelineRoundTrip(event: RequestTimelineEvent) {
        // act
        let read = RequestTimelineEvent(stored: event.stored)
        // assert
        #expect(read == event)
    }

    @Test("the timeline's two sets of names do not overlap, and a name neither knows reads as nothing")
    func timelineNamesDisjoint() {
        // setup
        let moves = Set(RequestEvent.allCases.map(\.rawValue))
        let steps = Set(RequestStep.allCases.map(\.rawValue))
        // assert
        #expect(moves.isDisjoint(with: steps))
        #expect(RequestTimelineEvent(stored: "visit_scheduled") == .recorded(.visitScheduled))
        #expect(RequestTimelineEvent(stored: "defer") == .moved(.defer_))
        #expect(RequestTimelineEvent(stored: "shredded") == nil)
    }

    @Test("a party's file is audited under its own record type", arguments: PartyKind.allCases)
    func partyRecordType(party: PartyKind) {
        // act
        let type = RecordType(party)
        // assert
        #expect(type.rawValue == party.rawValue)
    }
}
