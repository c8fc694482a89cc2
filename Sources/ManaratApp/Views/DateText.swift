import Foundation
import ManaratDomain
import Plot

/// Writes dates the way Saudi usage expects: Hijri (Umm al-Qura) first, then Gregorian, both in
/// the interface language, with Arabic-Indic digits in Arabic.
struct DateText {
    let strings: Strings
    let timeZone: TimeZone

    /// "١ شعبان ١٤٤٤ هـ — ٢١ فبراير ٢٠٢٣م" or "1 Sha'ban 1444 AH — 21 February 2023".
    func dual(_ day: GregorianDay) -> String {
        hijri(day) + " — " + gregorian(day)
    }

    /// The Hijri date alone, marked when it comes from the approximation outside the official table.
    func hijri(_ day: GregorianDay) -> String {
        let converted = UmmAlQura.hijri(from: day)
        let hijri = converted.day
        // No-break spaces: a date never wraps between its number, month and era.
        var text = [
            strings.localizedDigits("\(hijri.day)"), strings[Strings.hijriMonthKeys[hijri.month - 1]],
            strings.localizedDigits("\(hijri.year)"), strings[.hijriSuffix],
        ].joined(separator: "\u{00A0}")
        if converted.source == .approximation { text += " " + strings[.hijriApproximate] }
        return text
    }

    /// The Gregorian date alone.
    func gregorian(_ day: GregorianDay) -> String {
        [
            strings.localizedDigits("\(day.day)"), strings[Strings.gregorianMonthKeys[day.month - 1]],
            strings.localizedDigits("\(day.year)") + strings[.gregorianSuffix],
        ].joined(separator: "\u{00A0}")
    }

    /// Both dates on two lines for table cells: Hijri, then Gregorian, neither wrapping.
    func cell(_ day: GregorianDay?) -> Node<HTML.BodyContext> {
        guard let day else { return .text("—") }
        return .element(
            named: "time",
            nodes: [
                .attribute(named: "datetime", value: day.description),
                .span(.class("nowrap"), .plain(hijri(day))), .br(),
                .span(.class("nowrap muted"), .plain(gregorian(day))),
            ])
    }

    /// A Gregorian month with the Hijri months it spans: "فبراير ٢٠٢٣م (رجب – شعبان ١٤٤٤ هـ)",
    /// from a "2023-02" key; the key itself when it is not one.
    func month(_ key: String) -> String {
        let parts = key.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2, let first = GregorianDay(year: parts[0], month: parts[1], day: 1) else { return key }
        let last = first.adding(days: GregorianDay.daysInMonth(year: parts[0], month: parts[1]) - 1)
        let start = UmmAlQura.hijri(from: first).day
        let end = UmmAlQura.hijri(from: last).day
        let monthName = { (day: HijriDay) in strings[Strings.hijriMonthKeys[day.month - 1]] }
        let hijri =
            start.month == end.month
            ? monthName(start) + " " + strings.localizedDigits("\(start.year)")
            : monthName(start) + (start.year == end.year ? "" : " " + strings.localizedDigits("\(start.year)")) + " – "
                + monthName(end) + " " + strings.localizedDigits("\(end.year)")
        return strings[Strings.gregorianMonthKeys[first.month - 1]] + " " + strings.localizedDigits("\(first.year)")
            + strings[.gregorianSuffix] + " (" + hijri + " " + strings[.hijriSuffix] + ")"
    }

    /// An instant: both dates and the local time, for logs and histories.
    func dualWithTime(_ instant: Date) -> String {
        hijri(GregorianDay(instant, timeZone: timeZone)) + " — " + gregorianWithTime(instant)
    }

    /// The Gregorian date of an instant with its local time, "٢١ فبراير ٢٠٢٣م ٠٩:٠٠".
    func gregorianWithTime(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return gregorian(GregorianDay(instant, timeZone: timeZone)) + " " + strings.localizedDigits(time)
    }
}
