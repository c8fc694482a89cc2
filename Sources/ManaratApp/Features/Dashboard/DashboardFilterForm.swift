import Foundation
import ManaratDomain
import Vapor

/// The dashboard's filters as the query string carries them.
struct DashboardFilterForm: Content, Equatable {
    /// The form's fields, named as the query string names them.
    enum Field: String, CaseIterable, Sendable {
        case calendar, from, until, branch, table
    }

    var from: String?
    var until: String?
    var calendar: String?
    var branch: String?
    /// Which table a download asks for.
    var table: String?

    /// The calendar the dates are typed in: Hijri unless Gregorian was chosen.
    var dateCalendar: DateInputCalendar { calendar.flatMap(DateInputCalendar.init(rawValue:)) ?? .hijri }

    /// The range and branch to count on `today`, and what could not be read. An empty or unreadable
    /// date falls back to the last twelve months, so the page still shows figures beside the error.
    func resolved(today: GregorianDay) -> (range: DashboardRange, problems: [DashboardFilterProblem]) {
        var problems: [DashboardFilterProblem] = []
        func day(_ field: Field, _ text: String?, fallback: GregorianDay) -> GregorianDay {
            guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return fallback }
            switch DateInput.parse(text, calendar: dateCalendar) {
            case .success(let value): return value
            case .failure(let error):
                problems.append(DashboardFilterProblem(field: field, error: error))
                return fallback
            }
        }
        let range = DashboardRange(
            from: day(.from, from, fallback: today.adding(days: -365)), until: day(.until, until, fallback: today),
            branchID: branch.flatMap(UUID.init(uuidString:)))
        return (range, problems)
    }

    /// The query string of these filters (without the table), the empty ones left out.
    var query: [(String, String)] {
        [(Field.from, from), (.until, until), (.calendar, dateCalendar.rawValue), (.branch, branch)].compactMap {
            field, value in
            guard let value, !value.isEmpty else { return nil }
            return (field.rawValue, value)
        }
    }
}
