import Foundation
import ManaratDomain

/// The research committee's words, Arabic and English side by side.
struct CommitteeText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var committeeTitle: String { text("لجنة البحث", "Research committee") }
    var committeeQueue: String {
        text("طلبات بانتظار القرار (حسب موعد الرد)", "Requests awaiting a decision (by due date)")
    }
    var meetingsTitle: String { text("اجتماعات اللجنة", "Committee meetings") }
    var meetingNewTitle: String { text("اجتماع جديد للجنة", "New committee meeting") }
    func meetingNumber(_ number: Int) -> String {
        let number = strings.number(number)
        return text("الاجتماع رقم \(number)", "Meeting no. \(number)")
    }
    var meetingDate: String { text("تاريخ الاجتماع", "Meeting date") }
    var meetingLocation: String { text("مكان الاجتماع", "Place") }
    var membersPresent: String { text("الأعضاء الحاضرون", "Members present") }
    var agenda: String { text("الطلبات المعروضة", "Requests considered") }
    var agendaRequired: String { text("اختر طلبًا واحدًا على الأقل.", "Choose at least one request.") }
    func quorumNotMet(_ quorum: Int) -> String {
        let quorum = strings.number(quorum)
        return text(
            "لم يكتمل النصاب: يلزم حضور \(quorum) أعضاء على الأقل.",
            "No quorum: at least \(quorum) members must be present.")
    }
    func quorumLabel(_ quorum: Int) -> String {
        let quorum = strings.number(quorum)
        return text("النصاب: \(quorum) أعضاء", "Quorum: \(quorum) members")
    }
    var printMinutes: String { text("المحضر للطباعة", "Printable minutes") }
    var notMeetingMember: String {
        text("لست من الأعضاء الحاضرين في هذا الاجتماع.", "You are not among the members present at this meeting.")
    }
    var yourVote: String { text("صوتك", "Your vote") }
    var voteComment: String { text("تعليقك", "Your comment") }
    var castVote: String { text("تسجيل الصوت", "Cast the vote") }
    var tallyOutcome: String { text("نتيجة التصويت", "Outcome of the vote") }
    var rejectionReasons: String { text("أسباب الرفض", "Reasons for rejection") }
    var rejectionReasonRequired: String {
        text("اختر سببًا واحدًا على الأقل للرفض.", "Choose at least one reason for the rejection.")
    }
    var recordDecision: String { text("تسجيل القرار", "Record the decision") }
    var minutesTitle: String { text("محضر اجتماع لجنة البحث", "Minutes of the research committee") }
    var votesLabel: String { text("الأصوات", "Votes") }
    var noDecisionYet: String { text("لم يُتخذ قرار", "No decision") }
    func votesMissing(_ names: [String]) -> String {
        let names = strings.list(names)
        return text(
            "لم يصوّت بعد: \(names). يُسجَّل القرار بعد تصويت كل الأعضاء الحاضرين غير المتنحّين.",
            "Not voted yet: \(names). The decision is recorded once every member present who has not stepped aside has voted."
        )
    }

    /// A problem's message.
    func problem(_ problem: CommitteeProblem) -> String {
        switch problem {
        case .heldOnMissing: return strings[.fieldRequired]
        case .heldOn(let error): return DateInputMessages.message(for: error, strings: strings)
        case .quorumNotMet(let quorum), .decisionWithoutQuorum(let quorum):
            return quorumNotMet(quorum)
        case .agendaRequired: return agendaRequired
        case .notMeetingMember: return notMeetingMember
        case .notAtCommittee: return strings[.actionNotAllowedNow]
        case .conflict(let reason): return RequestText(strings: strings).problem(.conflict(reason))
        case .votesMissing(let names): return votesMissing(names)
        case .serviceRequired: return strings[.serviceRequired]
        case .rejectionReasonRequired: return rejectionReasonRequired
        case .request(let problem): return RequestText(strings: strings).problem(problem)
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [CommitteeProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
