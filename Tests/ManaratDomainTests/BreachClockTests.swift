import Foundation
import ManaratDomain
import Testing

@Suite("The 72-hour clock of a data breach")
struct BreachClockTests {
    @Test(
        "hours left count down to the deadline; past it the breach is overdue by the hours begun; a notice after it is late by as many"
    )
    func clock() {
        // setup
        let discovered = Date(timeIntervalSince1970: 1_676_959_200)
        let deadline = BreachClock.regulatorDeadline(discoveredAt: discovered)
        // act
        let atStart = BreachClock.state(discoveredAt: discovered, regulatorNotifiedAt: nil, now: discovered)
        let lastMinute = BreachClock.state(
            discoveredAt: discovered, regulatorNotifiedAt: nil, now: deadline.addingTimeInterval(-60))
        let justPast = BreachClock.state(
            discoveredAt: discovered, regulatorNotifiedAt: nil, now: deadline.addingTimeInterval(60))
        let inTime = BreachClock.state(
            discoveredAt: discovered, regulatorNotifiedAt: deadline.addingTimeInterval(-3600),
            now: deadline.addingTimeInterval(86_400))
        let late = BreachClock.state(
            discoveredAt: discovered, regulatorNotifiedAt: deadline.addingTimeInterval(5 * 3600 + 1),
            now: deadline.addingTimeInterval(86_400))
        // assert
        #expect(deadline.timeIntervalSince(discovered) == 72 * 3600)
        #expect(atStart == .due(hoursLeft: 72))
        #expect(lastMinute == .due(hoursLeft: 0))
        #expect(justPast == .overdue(hoursLate: 1))
        #expect(inTime == .notified(at: deadline.addingTimeInterval(-3600), hoursLate: 0))
        #expect(late == .notified(at: deadline.addingTimeInterval(5 * 3600 + 1), hoursLate: 6))
    }
}
