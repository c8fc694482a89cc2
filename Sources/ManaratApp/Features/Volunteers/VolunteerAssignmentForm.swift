import Foundation
import ManaratDomain
import Vapor

/// A task given to a volunteer, from their page: what it is, the branch it is for, and its days.
struct VolunteerAssignmentForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case title, branchID, startsOn, startsOnCalendar, endsOn, endsOnCalendar
    }

    /// The longest title accepted.
    static let titleLimit = 150

    var title: String?
    var branchID: String?
    var startsOn: String?
    var startsOnCalendar: String?
    var endsOn: String?
    var endsOnCalendar: String?

    /// The assignment `id` of volunteer `volunteerID`, or every problem the form alone can see
    /// (whether the volunteer may take it is the service's to say).
    func parsed(as id: UUID, of volunteerID: UUID) -> Result<VolunteerAssignment, VolunteerProblems> {
        var problems: [VolunteerProblem] = []
        let title = (self.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty || title.count > Self.titleLimit { problems.append(.titleMissing) }
        var first: GregorianDay?
        switch FormDay(startsOn, calendar: startsOnCalendar) {
        case .empty: problems.append(.startsOnMissing)
        case .day(let day): first = day
        case .invalid(let error): problems.append(.startsOn(error))
        }
        var last: GregorianDay?
        switch FormDay(endsOn, calendar: endsOnCalendar) {
        case .empty: break
        case .day(let day): last = day
        case .invalid(let error): problems.append(.endsOn(error))
        }
        if let first, let last, last < first { problems.append(.endBeforeStart) }
        guard problems.isEmpty, let first else { return .failure(VolunteerProblems(problems: problems)) }
        return .success(
            VolunteerAssignment(
                id: id, volunteerID: volunteerID, title: title, branchID: branchID.flatMap(UUID.init(uuidString:)),
                startsOn: first, endsOn: last))
    }
}
