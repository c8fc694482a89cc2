import Foundation
import Testing

@testable import ManaratDomain

@Suite("Committee decisions")
struct CommitteeTests {
    @Test(
        "a strict majority of the votes cast decides; ties, a defer majority and no votes defer",
        arguments: [
            ([Vote.approve, .approve, .reject], CommitteeOutcome.approved),
            ([.reject, .reject, .approve], .rejected),
            ([.approve, .reject], .deferred),
            ([.defer_, .defer_, .approve], .deferred),
            ([.approve, .approve, .reject, .defer_], .deferred),
            ([.approve, .approve, .approve, .defer_], .approved),
            ([], .deferred),
        ]
    )
    func majority(votes: [Vote], expected: CommitteeOutcome) {
        // setup
        let present = 4

        // act
        let outcome = Committee.outcome(votes: votes, present: present, quorum: 3)

        // assert
        #expect(outcome == expected)
    }

    @Test("members who are present but abstain do not count towards the majority")
    func abstentions() {
        // setup
        let votes: [Vote] = [.approve]

        // act
        let outcome = Committee.outcome(votes: votes, present: 3, quorum: 3)

        // assert
        #expect(outcome == .approved)
    }

    @Test("with fewer members present than the quorum, nothing is decided even if all agree", arguments: [0, 1, 2])
    func noQuorum(present: Int) {
        // setup
        let votes = Array(repeating: Vote.approve, count: present)

        // act
        let outcome = Committee.outcome(votes: votes, present: present, quorum: 3)

        // assert
        #expect(outcome == .noQuorum)
    }

    @Test("the defer vote is stored as \"defer\"")
    func storedName() throws {
        // setup
        let encoder = JSONEncoder()

        // act
        let data = try encoder.encode([Vote.defer_])

        // assert
        #expect(String(decoding: data, as: UTF8.self) == #"["defer"]"#)
    }
}

@Suite("Instalment schedule")
struct InstalmentScheduleTests {
    @Test("monthly instalments from 31 January fall on the last day of shorter months and return to the 31st")
    func endOfMonthLeapYear() throws {
        // setup
        let first = try #require(GregorianDay(iso: "2024-01-31"))

        // act
        let schedule = InstalmentSchedule.monthly(firstDue: first, count: 4)

        // assert
        #expect(schedule.map(\.description) == ["2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"])
    }

    @Test("in a common year the February instalment falls on the 28th")
    func endOfMonthCommonYear() throws {
        // setup
        let first = try #require(GregorianDay(iso: "2023-01-31"))

        // act
        let schedule = InstalmentSchedule.monthly(firstDue: first, count: 2)

        // assert
        #expect(schedule.map(\.description) == ["2023-01-31", "2023-02-28"])
    }

    @Test("a schedule crossing the new year continues in January")
    func crossesYear() throws {
        // setup
        let first = try #require(GregorianDay(iso: "2023-11-15"))

        // act
        let schedule = InstalmentSchedule.monthly(firstDue: first, count: 3)

        // assert
        #expect(schedule.map(\.description) == ["2023-11-15", "2023-12-15", "2024-01-15"])
    }

    @Test("no instalments means an empty schedule", arguments: [0, -1])
    func empty(count: Int) throws {
        // setup
        let first = try #require(GregorianDay(iso: "2023-11-15"))

        // act
        let schedule = InstalmentSchedule.monthly(firstDue: first, count: count)

        // assert
        #expect(schedule.isEmpty)
    }
}
