import Foundation
import ManaratDomain
import Vapor

/// Holidays as added: a name and a range of days, at most 60 days long.
struct HolidayForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case name, from, fromCalendar, until, untilCalendar
    }

    /// The longest range of days accepted at once.
    static let longestRange = 60

    var name: String?
    var from: String?
    var fromCalendar: String?
    var until: String?
    var untilCalendar: String?

    /// The holidays' name and days, or every problem.
    func parsed() -> Result<(name: String, days: [GregorianDay]), RequestSettingsProblems> {
        var problems: [RequestSettingsProblem] = []
        let name = (self.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { problems.append(.holidayNameMissing) }
        var first: GregorianDay?
        switch FormDay(from, calendar: fromCalendar) {
        case .empty: problems.append(.fromMissing)
        case .day(let day): first = day
        case .invalid(let error): problems.append(.from(error))
        }
        var last: GregorianDay?
        switch FormDay(until, calendar: untilCalendar) {
        case .empty: break
        case .day(let day): last = day
        case .invalid(let error): problems.append(.until(error))
        }
        if let first, let last, last < first || first.days(until: last) > Self.longestRange {
            problems.append(.holidayRangeInvalid)
        }
        guard problems.isEmpty, let first else { return .failure(RequestSettingsProblems(problems: problems)) }
        return .success(
            (String(name.prefix(100)), (0...first.days(until: last ?? first)).map { first.adding(days: $0) }))
    }
}
