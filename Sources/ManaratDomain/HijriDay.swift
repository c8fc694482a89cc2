import Foundation

/// A day in the Umm al-Qura Hijri calendar, the official calendar of Saudi Arabia.
///
/// Values built from components are always real days: Umm al-Qura months are
/// observed, not computed, so 30 Sha'ban may or may not exist in a given year
/// and a day past the month's end is refused rather than rolled into the next
/// month (a silent rollover would shift an official date by a day).
public struct HijriDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The Hijri year (AH), e.g. 1444.
    public let year: Int
    /// The month, 1 (Muharram) through 12 (Dhu al-Hijjah).
    public let month: Int
    /// The day of the month, starting at 1.
    public let day: Int

    /// The years accepted from components; four digits keep the textual form
    /// unambiguous and stay well inside what ICU can convert.
    public static let validYears: ClosedRange<Int> = 1...9999

    /// Creates a day after checking it exists, using the official month length
    /// inside `UmmAlQura.tableYears` and ICU's outside it.
    public init(year: Int, month: Int, day: Int) throws(HijriDateError) {
        guard Self.validYears.contains(year) else {
            throw .yearOutOfRange(year)
        }
        guard (1...12).contains(month) else {
            throw .monthOutOfRange(month)
        }
        let monthLength = UmmAlQura.monthLength(year: year, month: month)
        guard day >= 1, day <= monthLength else {
            throw .dayOutOfRange(day: day, monthLength: monthLength)
        }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    /// Creates a day whose components come from a conversion and are therefore
    /// already known to be real; skips the month-length lookup.
    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The form "1444-08-01": year, month and day, zero-padded, largest first.
    public var description: String {
        let sign = year < 0 ? "-" : ""
        return sign + GregorianDay.padded(abs(year), width: 4) + "-" + GregorianDay.padded(month, width: 2)
            + "-" + GregorianDay.padded(day, width: 2)
    }

    /// Orders days chronologically.
    public static func < (lhs: HijriDay, rhs: HijriDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes the "yyyy-mm-dd" string written by `encode(to:)`, validating it
    /// like the public initialiser so stored data cannot hold a non-existent day.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Expected a Hijri day as yyyy-mm-dd, got \"\(text)\""
            )
        }
        do {
            try self.init(year: year, month: month, day: day)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "\"\(text)\" is not a real Umm al-Qura day: \(error)"
            )
        }
    }

    /// Encodes as the "yyyy-mm-dd" string, matching how `GregorianDay` is stored.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
