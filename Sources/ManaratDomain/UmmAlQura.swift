import Foundation

/// Conversion between the official Umm al-Qura Hijri calendar and the Gregorian calendar.
///
/// Foundation's `.islamicUmmAlQura` calendar on Linux (ICU) is a day off the
/// official calendar on many days before 2000 and after mid-2029 (it says
/// 1 Muharram 1400 AH was 21 November 1979; officially it was the 20th). For
/// 1343...1500 AH this type therefore uses the official month table in
/// `UmmAlQura+Table.swift` and only falls back to ICU outside it, reporting
/// which one answered so callers can flag approximate dates.
public enum UmmAlQura {
    /// The Hijri years covered by the official table (1 August 1924 to 16 November 2077).
    public static let tableYears: ClosedRange<Int> = 1343...1500

    /// Where a converted date came from.
    public enum Source: Sendable, Equatable {
        /// The official Umm al-Qura month table: exact.
        case officialTable
        /// ICU's `.islamicUmmAlQura` calendar, because the date lies outside the
        /// table; it may be a day off the official calendar.
        case approximation
    }

    /// ICU's Umm al-Qura calendar in UTC, used only outside the table. UTC
    /// keeps the day boundaries fixed regardless of the server's zone.
    private static let approximationCalendar: Calendar = {
        var calendar = Calendar(identifier: .islamicUmmAlQura)
        calendar.timeZone = utc
        return calendar
    }()

    private static let utc = TimeZone(secondsFromGMT: 0)!

    /// The Hijri day that `day` falls on, and whether the official table answered.
    public static func hijri(from day: GregorianDay) -> (day: HijriDay, source: Source) {
        let julianDayNumber = day.julianDayNumber
        let starts = monthStartJulianDays
        guard let firstStart = starts.first, let endOfTable = starts.last,
            julianDayNumber >= firstStart, julianDayNumber < endOfTable
        else {
            return (approximateHijri(from: day), .approximation)
        }
        // Find the last month starting on or before the day: starts[low] <= JDN < starts[high].
        var low = 0
        var high = starts.count - 1
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= julianDayNumber {
                low = middle
            } else {
                high = middle
            }
        }
        let hijri = HijriDay(
            uncheckedYear: firstTableYear + low / 12,
            month: low % 12 + 1,
            day: julianDayNumber - starts[low] + 1
        )
        return (hijri, .officialTable)
    }

    /// The Gregorian day of `day`, and whether the official table answered.
    public static func gregorian(from day: HijriDay) -> (day: GregorianDay, source: Source) {
        guard let index = tableIndex(year: day.year, month: day.month) else {
            return (approximateGregorian(from: day), .approximation)
        }
        let julianDayNumber = monthStartJulianDays[index] + day.day - 1
        return (GregorianDay(julianDayNumber: julianDayNumber), .officialTable)
    }

    /// The number of days in a Hijri month: from the official table inside
    /// `tableYears` (which includes a few historical 28- and 31-day months),
    /// from ICU outside it. `month` must be 1...12.
    public static func monthLength(year: Int, month: Int) -> Int {
        precondition((1...12).contains(month), "Hijri month must be 1...12, got \(month)")
        if let index = tableIndex(year: year, month: month) {
            return monthStartJulianDays[index + 1] - monthStartJulianDays[index]
        }
        return approximateMonthLength(year: year, month: month)
    }

    /// Builds a validated Hijri day; the same as `HijriDay(year:month:day:)`.
    public static func hijri(year: Int, month: Int, day: Int) throws(HijriDateError) -> HijriDay {
        try HijriDay(year: year, month: month, day: day)
    }

    /// Position of a month's first day in `monthStartJulianDays`, or `nil`
    /// when the month lies outside the table.
    private static func tableIndex(year: Int, month: Int) -> Int? {
        guard tableYears.contains(year), (1...12).contains(month) else {
            return nil
        }
        return (year - firstTableYear) * 12 + (month - 1)
    }

    private static func approximateHijri(from day: GregorianDay) -> HijriDay {
        let components = approximationCalendar.dateComponents(
            [.year, .month, .day],
            from: day.startOfDay(in: utc)
        )
        // ICU always fills the components it was asked for.
        return HijriDay(uncheckedYear: components.year!, month: components.month!, day: components.day!)
    }

    private static func approximateGregorian(from day: HijriDay) -> GregorianDay {
        let components = DateComponents(year: day.year, month: day.month, day: day.day)
        // A validated HijriDay has a year ICU supports, so a date always results.
        let date = approximationCalendar.date(from: components)!
        return GregorianDay(date, timeZone: utc)
    }

    private static func approximateMonthLength(year: Int, month: Int) -> Int {
        let components = DateComponents(year: year, month: month, day: 1)
        // As above: ICU answers for every year it can represent; 29 is only a
        // guard for years so remote that ICU refuses them.
        guard let firstDay = approximationCalendar.date(from: components),
            let range = approximationCalendar.range(of: .day, in: .month, for: firstDay)
        else {
            return 29
        }
        return range.count
    }
}
