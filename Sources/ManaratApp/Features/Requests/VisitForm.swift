import ManaratDomain
import Vapor

/// The day the researcher will visit the applicant's home.
struct VisitForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case visitOn, visitOnCalendar
    }

    var visitOn: String?
    var visitOnCalendar: String?

    /// The visit's day, not before `today`, or every problem with it.
    func parsed(today: GregorianDay) -> Result<GregorianDay, RequestProblems> {
        switch FormDay(visitOn, calendar: visitOnCalendar) {
        case .empty: return .failure(RequestProblems([.visitOnMissing]))
        case .invalid(let error): return .failure(RequestProblems([.visitOn(error)]))
        case .day(let day):
            return day < today ? .failure(RequestProblems([.visitDayInPast])) : .success(day)
        }
    }
}
