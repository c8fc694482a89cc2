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
        var text = [strings.localizedDigits("\(hijri.day)"), strings[Strings.hijriMonthKeys[hijri.month - 1]], strings.localizedDigits("\(hijri.year)"), strings[.hijriSuffix]].joined(separator: "\u{00A0}")
        if converted.source == .approximation { text += " " + strings[.hijriApproximate] }
        return text
    }

    /// The Gregorian date alone.
    func gregorian(_ day: GregorianDay) -> String {
        [strings.localizedDigits("\(day.day)"), strings[Strings.gregorianMonthKeys[day.month - 1]], strings.localizedDigits("\(day.year)") + strings[.gregorianSuffix]].joined(separator: "\u{00A0}")
    }

    /// Both dates on two lines for table cells: Hijri, then Gregorian, neither wrapping.
    func cell(_ day: GregorianDay?) -> Node<HTML.BodyContext> {
        guard let day else { return .text("—") }
        return .element(named: "time", nodes: [
            .attribute(named: "datetime", value: day.description),
            .span(.class("nowrap"), .text(hijri(day))), .br(), .span(.class("nowrap muted"), .text(gregorian(day))),
        ])
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
