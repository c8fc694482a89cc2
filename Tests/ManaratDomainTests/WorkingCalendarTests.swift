import Testing

@testable import ManaratDomain

/// Builds a day from ISO text; the tests only use real days.
private func day(_ iso: String) -> GregorianDay {
    GregorianDay(iso: iso)!
}

/// Eid al-Fitr 1444 as an administrator would enter it: Thursday 20 April
/// through Thursday 27 April 2023.
private let eidCalendar = WorkingCalendar(
    holidays: Set((0...7).map { day("2023-04-20").adding(days: $0) })
)

@Suite("Working days")
struct WorkingCalendarTests {
    @Test(
        "Sunday to Thursday are working days; Friday, Saturday and holidays are not",
        arguments: [
            ("2023-04-16", true), ("2023-04-17", true), ("2023-04-18", true), ("2023-04-19", true),
            ("2023-04-20", false), ("2023-04-21", false), ("2023-04-22", false),
            ("2023-04-30", true), ("2023-05-05", false), ("2023-05-06", false),
        ]
    )
    func workingDays(iso: String, expected: Bool) {
        // setup
        let calendar = eidCalendar

        // act
        let isWorking = calendar.isWorkingDay(day(iso))

        // assert
        #expect(isWorking == expected)
    }

    @Test("adding no working days stays on the start day, even on a Friday")
    func addingZero() {
        // setup
        let friday = day("2023-04-21")

        // act
        let result = eidCalendar.adding(workingDays: 0, to: friday)

        // assert
        #expect(result == friday)
    }

    @Test("the day of submission never counts, and the first working day after a Thursday is Sunday")
    func firstWorkingDayAfterThursday() {
        // setup
        let thursday = day("2023-03-09")

        // act
        let next = WorkingCalendar().adding(workingDays: 1, to: thursday)

        // assert
        #expect(next == day("2023-03-12"))
    }

    @Test("going back two working days from a Sunday lands on Wednesday")
    func addingNegative() {
        // setup
        let sunday = day("2023-03-12")

        // act
        let result = WorkingCalendar().adding(workingDays: -2, to: sunday)

        // assert
        #expect(result == day("2023-03-08"))
    }

    @Test("counting working days undoes adding them, across the Eid holiday", arguments: 0...15)
    func countingMatchesAdding(count: Int) {
        // setup
        let start = day("2023-04-13")
        let end = eidCalendar.adding(workingDays: count, to: start)

        // act
        let counted = eidCalendar.workingDays(after: start, through: end)

        // assert
        #expect(counted == count)
    }

    @Test("no working days lie between a day and itself or an earlier day")
    func countingBackwardsIsZero() {
        // setup
        let start = day("2023-03-12")

        // act
        let same = WorkingCalendar().workingDays(after: start, through: start)
        let earlier = WorkingCalendar().workingDays(after: start, through: day("2023-03-01"))

        // assert
        #expect(same == 0)
        #expect(earlier == 0)
    }
}

@Suite("Expected response date")
struct ResponseClockTests {
    @Test("a request submitted on a Sunday with only weekends in the way is due two weeks later, on a Sunday")
    func weekendOnlyTwoWeeks() {
        // setup
        let submitted = day("2023-03-05")

        // act
        let expected = ResponseClock.expectedResponseDay(
            submittedOn: submitted, workingDays: ResponseClock.standardWorkingDays, calendar: WorkingCalendar(),
            pauses: [], today: submitted)

        // assert
        #expect(expected == day("2023-03-19"))
    }

    @Test("a request submitted on Thursday 13 April 2023, just before Eid al-Fitr, is due on Sunday 7 May 2023")
    func eidAlFitr() {
        // setup
        // Four working days (16–19 April) come before the holiday, which with
        // the weekends around it closes the office from 20 to 29 April; the
        // other six are 30 April to 4 May and Sunday 7 May. Without the Eid
        // the same request would be due on Thursday 27 April.
        let submitted = day("2023-04-13")

        // act
        let withEid = ResponseClock.expectedResponseDay(
            submittedOn: submitted, workingDays: 10, calendar: eidCalendar, pauses: [], today: submitted)
        let withoutEid = ResponseClock.expectedResponseDay(
            submittedOn: submitted, workingDays: 10, calendar: WorkingCalendar(), pauses: [], today: submitted)

        // assert
        #expect(withEid == day("2023-05-07"))
        #expect(withoutEid == day("2023-04-27"))
    }

    @Test("three working days spent waiting on the applicant push the date three working days later")
    func closedPause() {
        // setup
        // Incomplete from Tuesday 7 March; the applicant answered on Friday
        // 10 March, so Tuesday to Thursday were paused.
        let submitted = day("2023-03-05")
        let pause = ClockPause(from: day("2023-03-07"), until: day("2023-03-10"))
        let unpaused = day("2023-03-19")

        // act
        let expected = ResponseClock.expectedResponseDay(
            submittedOn: submitted, workingDays: 10, calendar: WorkingCalendar(), pauses: [pause],
            today: day("2023-03-12"))

        // assert
        #expect(expected == day("2023-03-22"))
        #expect(expected == WorkingCalendar().adding(workingDays: 3, to: unpaused))
    }

    @Test("the day the applicant answers counts again")
    func answerDayCounts() {
        // setup
        let submitted = day("2023-03-05")
        let pause = ClockPause(from: day("2023-03-07"), until: day("2023-03-08"))

        // act
        let expected = ResponseClock.expectedResponseDay(
            submittedOn: submitted, workingDays: 10, calendar: WorkingCalendar(), pauses: [pause],
            today: day("2023-03-12"))

        // assert
        #expect(expected == day("2023-03-20"))
    }

    @Test(
        "while the request still waits on the applicant, the expected date moves as the days pass",
        arguments: [
            ("2023-03-07", "2023-03-20"),
            ("2023-03-09", "2023-03-22"),
            ("2023-03-11", "2023-03-22"),
            ("2023-03-12", "2023-03-23"),
        ]
    )
    func openPauseMoves(today: String, expectedISO: String) {
        // setup
        let submitted = day("2023-03-05")
        let pause = ClockPause(from: day("2023-03-07"), until: nil)

        // act
        let expected = ResponseClock.expectedResponseDay(
            submittedOn: submitted, workingDays: 10, calendar: WorkingCalendar(), pauses: [pause], today: day(today))

        // assert
        #expect(expected == day(expectedISO))
    }

    @Test("marking an overdue request incomplete does not make it on time again")
    func pauseAfterDeadline() {
        // setup
        let submitted = day("2023-03-05")
        let pause = ClockPause(from: day("2023-03-20"), until: nil)

        // act
        let expected = ResponseClock.expectedResponseDay(
            submittedOn: submitted, workingDays: 10, calendar: WorkingCalendar(), pauses: [pause],
            today: day("2023-03-26"))

        // assert
        #expect(expected == day("2023-03-19"))
    }

    @Test(
        "a request is overdue by the calendar days since its expected date, and not at all on the day itself",
        arguments: [("2023-05-01", 0), ("2023-05-07", 0), ("2023-05-08", 1), ("2023-05-10", 3)]
    )
    func overdue(today: String, expectedDays: Int) {
        // setup
        let expected = day("2023-05-07")

        // act
        let overdue = ResponseClock.overdueDays(expected: expected, today: day(today))

        // assert
        #expect(overdue == expectedDays)
    }

    @Test(
        "a request is due soon when its date is at most two working days away and not yet past",
        arguments: [
            ("2023-04-30", false),
            ("2023-05-02", false),
            ("2023-05-03", true),
            ("2023-05-04", true),
            ("2023-05-07", true),
            ("2023-05-08", false),
        ]
    )
    func dueSoon(today: String, expected: Bool) {
        // setup
        let due = day("2023-05-07")

        // act
        let soon = ResponseClock.isDueSoon(
            expected: due, today: day(today), withinWorkingDays: 2, calendar: eidCalendar)

        // assert
        #expect(soon == expected)
    }
}
