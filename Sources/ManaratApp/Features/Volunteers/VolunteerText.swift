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

    var volunteersTitle: String { text("المتطوعون", "Volunteers") }
    var volunteerNewTitle: String { text("تسجيل متطوع", "Record a volunteer") }
    var volunteerApplyTitle: String { text("التطوع مع جمعية منارات", "Volunteer with Manarat") }
    var volunteerApplyIntro: String {
        text(
            "يسعدنا انضمامك. اترك بياناتك ومهاراتك والأوقات التي تناسبك، وسيتواصل معك فريقنا.",
            "We would be glad to have you. Leave your details, skills and the times that suit you, and our team will contact you."
        )
    }
    var volunteerThanksTitle: String { text("وصل طلبك، شكرًا لك", "Your application arrived, thank you") }
    var volunteerThanksText: String {
        text(
            "سيتواصل معك فريق التطوع قريبًا على رقم جوالك.",
            "The volunteering team will contact you soon on your mobile.")
    }
    var skillsHint: String {
        text(
            "مثل: تدريس، توزيع السلال الغذائية، تصميم، قيادة سيارة",
            "Such as: teaching, distributing food baskets, design, driving")
    }
    var availabilityHint: String { text("مثل: مساء الأحد والثلاثاء", "Such as: Sunday and Tuesday evenings") }
    var appliedOn: String { text("تاريخ الطلب", "Applied on") }
    var allStatuses: String { text("الكل", "All") }
    var assignmentsTitle: String { text("المهام", "Assignments") }
    var noAssignments: String { text("لا توجد مهام بعد.", "No assignments yet.") }
    var assignmentTitle: String { text("المهمة", "Task") }
    var volunteerNotApproved: String {
        text("لا تُسند المهام ولا تُسجل الساعات إلا لمتطوع معتمد.", "Tasks and hours are for approved volunteers only.")
    }
    var hoursTitle: String { text("ساعات التطوع", "Volunteer hours") }
    var hoursUnit: String { text("ساعة", "hours") }
    var logHours: String { text("تسجيل ساعات", "Log hours") }
    var hoursWorked: String { text("عدد الساعات", "Hours") }
    var hoursHint: String { text("مثل 3 أو 2.5", "Such as 3 or 2.5") }
    var volunteerPrivacy: String {
        text(
            "نستخدم بياناتك للتواصل معك بشأن التطوع فقط، ولا نشاركها مع أحد.",
            "We use your details only to contact you about volunteering, and share them with no one.")
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
        case .notApprovedForAssignment, .notApprovedForHours: return volunteerNotApproved
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [VolunteerProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
