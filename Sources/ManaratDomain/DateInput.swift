import Foundation

/// Reads dates typed by people into form fields.
///
/// Staff type dates the way they write them on paper: Arabic-Indic or Latin
/// digits, year first or day first, with `/`, `-` or `.`, often followed by an
/// era mark. Everything is normalised to a `GregorianDay`, the form dates are
/// stored in; Hijri input goes through the official Umm al-Qura table.
public enum DateInput {
    /// Era marks accepted after a Hijri date: "هـ" (with or without the tatweel
    /// that some keyboards omit) and "AH".
    private static let hijriMarks = ["هـ", "ه", "AH"]
    /// Era marks accepted after a Gregorian date: "م".
    private static let gregorianMarks = ["م"]
    private static let separators: Set<Character> = ["/", "-", "."]
    /// Hijri years a typed date can have: 1300 AH (1882) to 1600 AH (2174).
    public static let plausibleHijriYears = 1300...1600
    /// Gregorian years a typed date can have.
    public static let plausibleGregorianYears = 1880...2180

    /// Parses `text` as a day in `calendar`.
    ///
    /// Accepts `Y/M/D` (four-digit year first) or `D/M/Y` (four-digit year
    /// last), with one- or two-digit day and month, the same separator twice,
    /// and an optional trailing era mark. A mark of the other calendar is
    /// refused as unreadable, because "1444/08/01 هـ" in a Gregorian field
    /// is a mistake that would otherwise land six centuries away.
    public static func parse(_ text: String, calendar: DateInputCalendar) -> Result<GregorianDay, DateInputError> {
        // Right-to-left editors and copied text carry invisible direction marks.
        let visible = String(Digits.latinized(text).unicodeScalars.filter { !isDirectionMark($0) })
        let trimmed = visible.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            return .failure(.empty)
        }
        guard let body = removingEraMark(from: trimmed, calendar: calendar),
            let (year, month, day) = components(of: body)
        else {
            return .failure(.unreadable)
        }
        // Every date this system meets (births, documents, meetings) falls within these years; a
        // year outside them is the other calendar's.
        if calendar == .hijri, !plausibleHijriYears.contains(year), plausibleGregorianYears.contains(year) {
            return .failure(.otherCalendar(.gregorian))
        }
        if calendar == .gregorian, !plausibleGregorianYears.contains(year), plausibleHijriYears.contains(year) {
            return .failure(.otherCalendar(.hijri))
        }
        switch calendar {
        case .gregorian:
            guard let gregorian = GregorianDay(year: year, month: month, day: day) else {
                return .failure(.invalidGregorian)
            }
            return .success(gregorian)
        case .hijri:
            do throws(HijriDateError) {
                let hijri = try HijriDay(year: year, month: month, day: day)
                return .success(UmmAlQura.gregorian(from: hijri).day)
            } catch {
                return .failure(.invalidHijri(error))
            }
        }
    }

    /// Strips one trailing era mark belonging to `calendar`, returning `nil`
    /// if the text ends in the other calendar's mark.
    private static func removingEraMark(from text: String, calendar: DateInputCalendar) -> String? {
        let own = calendar == .hijri ? hijriMarks : gregorianMarks
        let other = calendar == .hijri ? gregorianMarks : hijriMarks
        // Longest first, so "هـ" is removed whole rather than leaving a tatweel.
        for mark in own.sorted(by: { $0.count > $1.count }) where hasSuffix(text, mark) {
            return String(text.dropLast(mark.count)).trimmingCharacters(in: .whitespaces)
        }
        if other.contains(where: { hasSuffix(text, $0) }) {
            return nil
        }
        return text
    }

    /// Case-insensitive suffix test, so "ah" and "AH" both count.
    private static func hasSuffix(_ text: String, _ mark: String) -> Bool {
        text.lowercased().hasSuffix(mark.lowercased())
    }

    /// Splits "Y/M/D" or "D/M/Y" into (year, month, day), or `nil` for any other shape.
    private static func components(of text: String) -> (year: Int, month: Int, day: Int)? {
        guard let separator = text.first(where: { separators.contains($0) }) else {
            return nil
        }
        // Spaces around separators ("1444 / 8 / 1") are harmless, so each part is trimmed.
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else {
            return nil
        }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == 3 else {
            return nil
        }
        let isShort = { (part: String) in part.count <= 2 }
        if parts[0].count == 4, isShort(parts[1]), isShort(parts[2]) {
            return (numbers[0], numbers[1], numbers[2])
        }
        if parts[2].count == 4, isShort(parts[0]), isShort(parts[1]) {
            return (numbers[2], numbers[1], numbers[0])
        }
        return nil
    }

    /// Unicode bidirectional formatting marks (LRM, RLM, ALM and the embedding,
    /// override and isolate controls), which are invisible but break parsing.
    private static func isDirectionMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069:
            return true
        default:
            return false
        }
    }
}
