import Foundation

/// The Saudi working week (Sunday to Thursday) with administrator-set holidays.
public struct WorkingCalendar: Sendable, Equatable {
    /// The weekdays nobody works; Friday and Saturday in Saudi Arabia since 2013.
    public var weekend: Set<Weekday>
    /// Official holidays (Eid al-Fitr, Eid al-Adha, Founding Day, National Day) as the administrator enters them.
    public var holidays: Set<GregorianDay>

    /// Creates a calendar; the defaults are the Saudi weekend and no holidays.
    public init(weekend: Set<Weekday> = [.friday, .saturday], holidays: Set<GregorianDay> = []) {
        self.weekend = weekend
        self.holidays = holidays
    }

    /// Whether staff work on `day`.
    public func isWorkingDay(_ day: GregorianDay) -> Bool {
        !weekend.contains(day.weekday) && !holidays.contains(day)
    }

    /// The day on which the `count`-th working day after `start` falls (start itself never counts). count 0 returns start.
    ///
    /// A negative count walks back to the `-count`-th working day before
    /// `start`, which reminders set "two working days before" need.
    public func adding(workingDays count: Int, to start: GregorianDay) -> GregorianDay {
        // Without a single working weekday the walk below would never end;
        // that is a broken configuration, not a date to compute.
        precondition(weekend.count < Weekday.allCases.count, "a working week needs at least one working day")
        let step = count < 0 ? -1 : 1
        var remaining = abs(count)
        var day = start
        while remaining > 0 {
            day = day.adding(days: step)
            if isWorkingDay(day) {
                remaining -= 1
            }
        }
        return day
    }

    /// Working days strictly after `start` up to and including `end` (0 when end <= start).
    public func workingDays(after start: GregorianDay, through end: GregorianDay) -> Int {
        guard start < end else { return 0 }
        var count = 0
        var day = start.adding(days: 1)
        while day <= end {
            if isWorkingDay(day) {
                count += 1
            }
            day = day.adding(days: 1)
        }
        return count
    }
}

/// A stretch during which the request waited on the applicant; `until` nil while it still waits. Days from `from` through the day before `until` are paused (the day the applicant answered counts again).
public struct ClockPause: Sendable, Equatable, Codable {
    /// The first paused day: the day the request was marked incomplete.
    public var from: GregorianDay
    /// The day the applicant answered, which is no longer paused; nil while still waiting.
    public var until: GregorianDay?

    /// Creates a pause.
    public init(from: GregorianDay, until: GregorianDay?) {
        self.from = from
        self.until = until
    }

    /// Whether `day` is paused, treating an open pause as running through `today`.
    func contains(_ day: GregorianDay, today: GregorianDay) -> Bool {
        guard day >= from else { return false }
        if let until {
            return day < until
        }
        return day <= today
    }
}

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
    public static func expectedResponseDay(submittedOn: GregorianDay, workingDays: Int, calendar: WorkingCalendar, pauses: [ClockPause], today: GregorianDay) -> GregorianDay {
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
    public static func isDueSoon(expected: GregorianDay, today: GregorianDay, withinWorkingDays: Int, calendar: WorkingCalendar) -> Bool {
        guard expected >= today else { return false }
        return calendar.workingDays(after: today, through: expected) <= withinWorkingDays
    }
}
