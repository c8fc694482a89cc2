import Foundation
import ManaratDomain
import Vapor

/// The satisfaction pages' filters as the query string carries them: the range (Gregorian unless
/// Hijri was chosen), the branch, the table a download asks for, and whose own figures.
struct SatisfactionFilterForm: Content, Equatable {
    /// The form's fields, named as the query string names them.
    enum Field: String, CaseIterable, Sendable {
        case from, fromCalendar, to, toCalendar, branch, csv, staff
    }

    var from: String?
    var fromCalendar: String?
    var to: String?
    var toCalendar: String?
    var branch: String?
    /// Which table a download asks for.
    var csv: String?
    /// The employee whose own figures a manager opens.
    var staff: String?

    /// The range and branch on `today`: an empty or unreadable date falls back to the last twelve
    /// months, as the page always has (it shows the range it counted).
    func range(today: GregorianDay) -> SatisfactionRange {
        SatisfactionRange(
            from: Self.day(from, calendar: fromCalendar) ?? today.adding(days: -365),
            to: Self.day(to, calendar: toCalendar) ?? today, branchID: branch.flatMap(UUID.init(uuidString:)))
    }

    /// The employee asked for, if one was.
    var staffID: UUID? { staff.flatMap(UUID.init(uuidString:)) }

    /// The day typed in a field, read as Hijri only when that calendar was chosen.
    private static func day(_ text: String?, calendar: String?) -> GregorianDay? {
        FormDay(text, calendar: calendar == DateInputCalendar.hijri.rawValue ? "hijri" : "gregorian").value
    }
}
