import Foundation

/// The policy's promise to answer within two weeks, in working days.
public enum ResponseClock {
    /// Two weeks = 10 working days by default.
    public static let standardWorkingDays = 10

    /// The expected response day: `workingDays` working days after `submittedOn`, each paused working day pushing it one working day later. With an open pause, paused days run through `today` (so the date moves while it waits).
    ///
    /// The clock is stopped, not extended: only paused working days that come
    /// before the expected day move it. A request that is already overdue
    /// stays overdue when it is marked incomplete, so waiting on the applicant
    /// cannot be used to hide a late answer.
    public static func expectedResponseDay(
        submittedOn: GregorianDay, workingDays: Int, calendar: WorkingCalendar, pauses: [ClockPause],
        today: GregorianDay
    ) -> GregorianDay {
        guard workingDays > 0 else { return submittedOn }
        precondition(calendar.weekend.count < Weekday.allCases.count, "a working week needs at least one working day")
        var counted = 0
        var day = submittedOn
        // Every pause ends (an open one at `today`), so the walk always finishes.
        while counted < workingDays {
            day = day.adding(days: 1)
            let paused = pauses.contains { $0.contains(day, today: today) }
            if calendar.isWorkingDay(day), !paused {
                counted += 1
            }
        }
        return day
    }

    /// Calendar days past the expected day (0 when not overdue): "overdue (for 3 days)".
    public static func overdueDays(expected: GregorianDay, today: GregorianDay) -> Int {
        max(0, expected.days(until: today))
    }

    /// Whether the expected day falls within the next `workingDays` working days (today excluded, expected day included) and is not yet past.
    ///
    /// A request due today is still due soon: it is not overdue until tomorrow.
    public static func isDueSoon(
        expected: GregorianDay, today: GregorianDay, withinWorkingDays: Int, calendar: WorkingCalendar
    ) -> Bool {
        guard expected >= today else { return false }
        return calendar.workingDays(after: today, through: expected) <= withinWorkingDays
    }
}
