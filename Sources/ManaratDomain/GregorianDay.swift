import Foundation

/// A calendar day in the proleptic Gregorian calendar, with no time and no zone.
///
/// Dates in this system (approvals, birth dates, due dates) are days, not
/// instants; keeping them as plain year/month/day values avoids the classic
/// off-by-one that appears when a `Date` at midnight is shown in another zone.
/// All arithmetic goes through the Julian Day Number with integer maths so it
/// is exact and independent of ICU.
public struct GregorianDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The Gregorian year, e.g. 2023.
    public let year: Int
    /// The month, 1 (January) through 12 (December).
    public let month: Int
    /// The day of the month, starting at 1.
    public let day: Int

    /// The years a day can be built from components or text; four-digit years
    /// keep the ISO form unambiguous and the arithmetic far from overflow.
    static let validYears: ClosedRange<Int> = 1...9999

    /// Julian Day Number of 1970-01-01, the Unix epoch, which ties JDNs to `Date`.
    static let unixEpochJulianDayNumber = 2_440_588

    private static let secondsPerDay = 86_400

    /// Creates a day from its components, or `nil` when they name no real day
    /// (month 13, 30 February, 29 February of a common year, a year outside 1...9999).
    public init?(year: Int, month: Int, day: Int) {
        guard Self.validYears.contains(year), (1...12).contains(month) else {
            return nil
        }
        guard day >= 1, day <= Self.daysInMonth(year: year, month: month) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the day that has the given Julian Day Number (JDN 2459997 is 2023-02-21).
    public init(julianDayNumber: Int) {
        // Howard Hinnant's civil_from_days, shifted so March is the first month:
        // leap days then fall at the end of a year and need no special case.
        let z = julianDayNumber - Self.unixEpochJulianDayNumber + 719_468
        let era = Self.floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// The calendar day that `date` falls on for a person in `timeZone`.
    ///
    /// Uses the zone's offset at that instant, so daylight-saving zones get the
    /// day their clocks show.
    public init(_ date: Date, timeZone: TimeZone) {
        let offset = timeZone.secondsFromGMT(for: date)
        let localSeconds = Int((date.timeIntervalSince1970 + Double(offset)).rounded(.down))
        let daysSinceEpoch = Self.floorDivide(localSeconds, Self.secondsPerDay)
        self.init(julianDayNumber: Self.unixEpochJulianDayNumber + daysSinceEpoch)
    }

    /// Parses the ISO 8601 calendar form "yyyy-mm-dd" (ASCII digits, zero-padded),
    /// returning `nil` for any other shape or for a day that does not exist.
    public init?(iso: String) {
        let bytes = Array(iso.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = Self.decimal(bytes[0..<4]),
            let month = Self.decimal(bytes[5..<7]),
            let day = Self.decimal(bytes[8..<10])
        else {
            return nil
        }
        self.init(year: year, month: month, day: day)
    }

    /// The Julian Day Number of this day, counted in the proleptic Gregorian calendar.
    public var julianDayNumber: Int {
        // Howard Hinnant's days_from_civil; see `init(julianDayNumber:)`.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = Self.floorDivide(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468 + Self.unixEpochJulianDayNumber
    }

    /// The day `days` after this one (before it when `days` is negative).
    public func adding(days: Int) -> GregorianDay {
        GregorianDay(julianDayNumber: julianDayNumber + days)
    }

    /// The number of days from this day to `other`; negative when `other` is earlier.
    public func days(until other: GregorianDay) -> Int {
        other.julianDayNumber - julianDayNumber
    }

    /// The day of the week.
    public var weekday: Weekday {
        // JDN 0 was a Monday, so JDN + 1 is zero on Sundays.
        let sundayBased = Self.floorModulo(julianDayNumber + 1, 7)
        // The modulo is always 0...6, so the raw value is always 1...7.
        return Weekday(rawValue: sundayBased + 1)!
    }

    /// The first instant of this day on the clocks of `timeZone`.
    ///
    /// That is usually local midnight; in a zone whose clocks skip midnight
    /// for daylight saving it is the first instant that exists that day, and
    /// for a day a zone skipped entirely (Samoa, 30 December 2011) it is the
    /// first instant after it.
    public func startOfDay(in timeZone: TimeZone) -> Date {
        // Find an instant near local noon, far from any transition, and let
        // Foundation walk back to the day's start; that handles skipped midnights.
        let localNoon =
            (julianDayNumber - Self.unixEpochJulianDayNumber) * Self.secondsPerDay
            + Self.secondsPerDay / 2
        let guessedOffset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(localNoon)))
        var noon = Date(timeIntervalSince1970: Double(localNoon - guessedOffset))
        // The offset at UTC noon can differ from the one at local noon when a
        // transition lies between them; one correction settles it.
        let offset = timeZone.secondsFromGMT(for: noon)
        if offset != guessedOffset {
            noon = Date(timeIntervalSince1970: Double(localNoon - offset))
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.startOfDay(for: noon)
    }

    /// The ISO 8601 form, e.g. "2023-02-21".
    public var description: String {
        let sign = year < 0 ? "-" : ""
        return sign + Self.padded(abs(year), width: 4) + "-" + Self.padded(month, width: 2)
            + "-" + Self.padded(day, width: 2)
    }

    /// Orders days chronologically.
    public static func < (lhs: GregorianDay, rhs: GregorianDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes the ISO "yyyy-mm-dd" string written by `encode(to:)`, refusing days
    /// that do not exist so a corrupt row cannot smuggle in 30 February.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let parsed = GregorianDay(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Expected a real Gregorian day as yyyy-mm-dd, got \"\(text)\""
            )
        }
        self = parsed
    }

    /// Encodes as the ISO "yyyy-mm-dd" string, which reads well in JSON and
    /// sorts correctly as text in a database column.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The length of a month in days, with the Gregorian leap-year rule.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2:
            let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return isLeap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    /// Integer division rounding towards negative infinity, so days before the
    /// epoch or year 0 land in the right era instead of the one after it.
    static func floorDivide(_ dividend: Int, _ divisor: Int) -> Int {
        let quotient = dividend / divisor
        return (dividend % divisor < 0) ? quotient - 1 : quotient
    }

    /// The remainder matching `floorDivide`, always in 0..<divisor.
    static func floorModulo(_ dividend: Int, _ divisor: Int) -> Int {
        let remainder = dividend % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }

    /// Zero-pads a non-negative number; `String(format:)` is avoided because it
    /// goes through the C locale machinery on Linux.
    static func padded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Reads a run of ASCII digits; `nil` if any byte is not a digit.
    private static func decimal(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                return nil
            }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
