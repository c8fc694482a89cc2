import Foundation

/// The disbursement schedule (جدول الصرف) for support paid in instalments.
public enum InstalmentSchedule {
    /// `count` due days, one per Gregorian month from `firstDue`, keeping the day of month (clamped to the month's last day: Jan 31 → Feb 28/29 → Mar 31).
    ///
    /// Each month is clamped from the first due day, not from the previous
    /// instalment, so one short February does not pull every later payment
    /// to the 28th. A schedule cannot run past year 9999, where days end.
    public static func monthly(firstDue: GregorianDay, count: Int) -> [GregorianDay] {
        var days: [GregorianDay] = []
        for offset in 0..<max(0, count) {
            let monthIndex = firstDue.month - 1 + offset
            let year = firstDue.year + monthIndex / 12
            let month = monthIndex % 12 + 1
            guard GregorianDay.validYears.contains(year) else { break }
            let day = min(firstDue.day, GregorianDay.daysInMonth(year: year, month: month))
            // The year, month and clamped day always name a real day here.
            days.append(GregorianDay(year: year, month: month, day: day)!)
        }
        return days
    }
}
