import Foundation
import ManaratDomain
import Vapor

/// Hours a volunteer worked, from their page: the day (today when not given), the hours and,
/// if any, the assignment they were for.
struct VolunteerHoursForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case workedOn, workedOnCalendar, hours, assignmentID
    }

    /// The most hours logged for one day.
    static let dayLimit = 24.0

    var workedOn: String?
    var workedOnCalendar: String?
    var hours: String?
    var assignmentID: String?

    /// The assignment chosen, if one was.
    var chosenAssignment: UUID? { assignmentID.flatMap(UUID.init(uuidString:)) }

    /// The entry `id` of volunteer `volunteerID`, worked `today` unless a day was typed, or every
    /// problem the form alone can see (whether the assignment is the volunteer's is the service's
    /// to say): a day not in the future, and hours above zero and at most 24.
    func parsed(as id: UUID, of volunteerID: UUID, today: GregorianDay) -> Result<VolunteerHours, VolunteerProblems> {
        var problems: [VolunteerProblem] = []
        var day = today
        switch FormDay(workedOn, calendar: workedOnCalendar) {
        case .empty: break
        case .day(let typed):
            day = typed
            if typed > today { problems.append(.workedInFuture) }
        case .invalid(let error): problems.append(.workedOn(error))
        }
        let minutes = Self.minutes(from: hours ?? "")
        if minutes == nil { problems.append(.hoursInvalid) }
        guard problems.isEmpty, let minutes else { return .failure(VolunteerProblems(problems: problems)) }
        return .success(
            VolunteerHours(
                id: id, volunteerID: volunteerID, assignmentID: chosenAssignment, workedOn: day, minutes: minutes))
    }

    /// Hours typed as "3", "2.5" or "1.25" (Arabic-Indic digits and separator too), kept as whole
    /// minutes so quarter hours add up exactly; nil unless 0 < hours <= 24.
    static func minutes(from text: String) -> Int? {
        let cleaned = Digits.latinized(text.trimmingCharacters(in: .whitespaces)).replacingOccurrences(
            of: "٫", with: ".")
        guard let hours = Double(cleaned), hours > 0, hours <= dayLimit else { return nil }
        return Int((hours * 60).rounded())
    }
}
