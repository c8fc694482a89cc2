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
