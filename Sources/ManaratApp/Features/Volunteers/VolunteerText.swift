import Foundation
import ManaratDomain

/// The volunteer pages' words. Their texts still live in the shared catalogs, which these pages
/// share with others; this type says each problem and each number of hours.
struct VolunteerText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    /// `minutes` as hours, "3" or "2.5" ("1.25" for a quarter), in the language's digits.
    func hours(_ minutes: Int) -> String {
        let text =
            minutes % 60 == 0
            ? String(minutes / 60)
            : String(format: "%.2f", Double(minutes) / 60).replacingOccurrences(of: ".50", with: ".5")
        return strings.localizedDigits(text)
    }

    /// "Total: … hours" for `minutes` worked in all.
    func hoursTotal(_ minutes: Int) -> String {
        strings.format(.hoursTotal, ["hours": hours(minutes)])
    }

    /// A problem's message.
    func problem(_ problem: VolunteerProblem) -> String {
        switch problem {
        case .fullNameMissing, .phoneMissing, .cityMissing, .skillsMissing, .titleMissing, .startsOnMissing,
            .assignmentUnknown:
            return strings[.fieldRequired]
        case .phoneInvalid: return strings[.phoneInvalid]
        case .emailInvalid: return strings[.emailInvalid]
        case .startsOn(let error), .endsOn(let error), .workedOn(let error):
            return DateInputMessages.message(for: error, strings: strings)
        case .endBeforeStart: return strings[.endBeforeStart]
        case .workedInFuture: return strings[.dateInFuture]
        case .hoursInvalid: return strings[.hoursInvalid]
        case .notApprovedForAssignment, .notApprovedForHours: return strings[.volunteerNotApproved]
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [VolunteerProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
