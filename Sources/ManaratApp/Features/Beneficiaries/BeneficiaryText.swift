import Foundation
import ManaratDomain

/// The beneficiary registry's words, Arabic and English side by side.
struct BeneficiaryText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    /// The label a required field's message names, for the fields the summary must name.
    private func label(_ field: BeneficiaryForm.Field) -> String? {
        switch field {
        case .firstName: return strings[.firstName]
        case .fatherName: return strings[.fatherName]
        case .familyName: return strings[.familyName]
        case .nationality: return strings[.nationality]
        case .city: return strings[.city]
        case .bornOn: return strings[.bornOn]
        case .phone: return strings[.phone]
        case .identityNumber: return strings[.identityNumber]
        default: return nil
        }
    }

    /// A problem's message.
    func problem(_ problem: BeneficiaryProblem) -> String {
        switch problem {
        case .required(let field):
            return label(field).map { strings.format(.fieldRequiredNamed, ["field": $0]) } ?? strings[.fieldRequired]
        case .tooLong(_, let maximum): return strings.format(.fieldTooLong, ["maximum": strings.number(maximum)])
        case .identityTypeMissing: return strings[.fieldRequired]
        case .identity(let problem): return IdentityMessages.message(problem, strings: strings)
        case .day(_, let error): return DateInputMessages.message(for: error, strings: strings)
        case .bornInFuture: return strings[.bornInFuture]
        case .phoneInvalid: return strings[.phoneInvalid]
        case .categoryUnknown: return strings[.categoryUnknown]
        case .branchUnknown: return strings[.branchUnknown]
        case .consentMissing: return strings[.consentRequired]
        case .identityTaken: return strings[.identityTaken]
        case .changedBySomeoneElse: return strings[.changedBySomeoneElse]
        }
    }

    /// The problems as a page lists them, each next to its field, with a link where one helps:
    /// the file that has the identity, or the latest version of file `id`.
    func errors(_ problems: [BeneficiaryProblem], id: UUID?) -> [FieldError] {
        problems.map { problem in
            var error = FieldError(field: problem.field.rawValue, message: self.problem(problem))
            switch problem {
            case .identityTaken(let existing):
                error.link = .init(path: StaffURL.beneficiary(existing).path, label: strings[.openExistingFile])
            case .changedBySomeoneElse:
                if let id { error.link = .init(path: StaffURL.beneficiaryEdit(id).path, label: strings[.reloadLatest]) }
            default: break
            }
            return error
        }
    }
}
