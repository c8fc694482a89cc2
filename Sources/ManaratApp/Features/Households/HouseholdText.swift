import Foundation
import ManaratDomain

/// The household pages' words, Arabic and English side by side.
struct HouseholdText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    var memberIsHead: String {
        text("هذا رقم هوية رب الأسرة نفسه.", "This is the head of household's own identity number.")
    }
    var personInAnotherHousehold: String {
        text(
            "هذا الشخص فرد في أسرة أخرى نشطة؛ لا يكون الشخص في أكثر من أسرة.",
            "This person is in another active household; a person belongs to one household only.")
    }
    var portalHouseholdIntro: String {
        text(
            "إن تغيّر شيء في أسرتك فأخبرنا هنا، وسيراجعه موظف الجمعية قبل اعتماده.",
            "If something changed in your household, tell us here; a staff member reviews it before it is applied.")
    }
    var proposeAddition: String { text("إضافة فرد", "Add a member") }
    var proposeRemoval: String { text("طلب إزالة", "Ask to remove") }
    var myProposals: String { text("التغييرات التي طلبتها", "Changes you asked for") }
    var proposalPending: String { text("قيد المراجعة", "Under review") }
    var proposalApproved: String { text("اعتُمد", "Approved") }
    var proposalRejected: String { text("لم يُعتمد", "Not approved") }
    var pendingProposals: String {
        text("تغييرات على الأسرة طلبها المستفيد", "Household changes the beneficiary proposed")
    }
    var approveProposal: String { text("اعتماد التغيير", "Approve the change") }
    var rejectProposal: String { text("رفض", "Reject") }

    /// A proposal's status.
    func status(_ status: HouseholdProposalStatus) -> String {
        switch status {
        case .approved: return proposalApproved
        case .rejected: return proposalRejected
        case .pending: return proposalPending
        }
    }

    /// A problem's message; `portal` for the beneficiary's page, which names the field.
    func problem(_ problem: HouseholdProblem, portal: Bool = false) -> String {
        switch problem {
        case .amountInvalid: return strings[.amountInvalid]
        case .memberNameMissing:
            return portal ? strings.format(.fieldRequiredNamed, ["field": strings[.fullName]]) : strings[.fieldRequired]
        case .identity(let problem): return IdentityMessages.message(problem, strings: strings)
        case .bornOn(let error): return DateInputMessages.message(for: error, strings: strings)
        case .memberIsHead: return memberIsHead
        case .headInAnotherHousehold: return strings[.memberOfAnotherHousehold]
        case .personInAnotherHousehold: return personInAnotherHousehold
        }
    }

    /// The problems as a page lists them, each next to its field, with a link to the other
    /// household's head where one is named.
    func errors(_ problems: [HouseholdProblem], portal: Bool = false) -> [FieldError] {
        problems.map { problem in
            var error = FieldError(field: problem.field, message: self.problem(problem, portal: portal))
            switch problem {
            case .headInAnotherHousehold(let head), .personInAnotherHousehold(let head):
                error.link = .init(path: StaffURL.beneficiary(head).path, label: strings[.openHeadFile])
            default: break
            }
            return error
        }
    }
}
