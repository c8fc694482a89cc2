import Foundation
import ManaratDomain
import Vapor

/// The audit log's filters as the query string carries them. Its field names are a type, shared
/// by the view, the pager's links and the problems.
struct AuditFilterForm: Content, Equatable {
    /// The form's fields, named as the query string names them.
    enum Field: String, CaseIterable, Sendable {
        case actor, action, recordType, recordID, calendar, from, until, page
    }

    var actor: String?
    var action: String?
    var recordType: String?
    var recordID: String?
    var from: String?
    var until: String?
    var calendar: String?
    var page: Int?

    /// The calendar the dates are typed in: Hijri unless Gregorian was chosen.
    var dateCalendar: DateInputCalendar { calendar.flatMap(DateInputCalendar.init(rawValue:)) ?? .hijri }

    /// The page asked for, between 1 and 10 000.
    var pageNumber: Int { max(1, min(page ?? 1, 10_000)) }

    /// The filter the log is browsed with, or every problem with the form. Text filters are
    /// trimmed and cut at 60 characters; "until" includes the whole day it names, in `timeZone`.
    func parsed(timeZone: TimeZone) -> Result<AuditFilter, AuditFilterProblems> {
        var problems: [AuditFilterProblem] = []
        var filter = AuditFilter()
        if let actor, !actor.isEmpty {
            if let id = UUID(uuidString: actor) { filter.actorID = id } else { problems.append(.actorUnknown) }
        }
        filter.actionPrefix = action?.trimmingCharacters(in: .whitespaces).prefix(60).description
        filter.recordType = recordType?.trimmingCharacters(in: .whitespaces).prefix(60).description
        filter.recordID = recordID?.trimmingCharacters(in: .whitespaces).prefix(60).description
        for (field, text) in [(Field.from, from), (.until, until)] {
            guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            switch DateInput.parse(text, calendar: dateCalendar) {
            case .success(let day):
                if field == .from {
                    filter.from = day.startOfDay(in: timeZone)
                } else {
                    filter.until = day.adding(days: 1).startOfDay(in: timeZone)
                }
            case .failure(let error): problems.append(.date(field, error))
            }
        }
        guard problems.isEmpty else { return .failure(AuditFilterProblems(problems: problems)) }
        return .success(filter)
    }

    /// The query string of these filters at `page`, the empty ones left out.
    func query(page: Int) -> [(String, String)] {
        let items: [(Field, String?)] = [
            (.actor, actor), (.action, action), (.recordType, recordType), (.recordID, recordID), (.from, from),
            (.until, until),
        ]
        return items.compactMap { field, value in
            guard let value, !value.isEmpty else { return nil }
            return (field.rawValue, value)
        } + [(Field.calendar.rawValue, dateCalendar.rawValue), (Field.page.rawValue, String(page))]
    }
}
