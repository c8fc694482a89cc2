import Foundation
import ManaratDomain

/// What is wrong with a beneficiary as sent, and the field it marks.
enum BeneficiaryProblem: Error, Equatable, Sendable {
    /// A required field is empty.
    case required(BeneficiaryForm.Field)
    /// A field is longer than `maximum` characters.
    case tooLong(BeneficiaryForm.Field, maximum: Int)
    case identityTypeMissing
    case identity(IdentityProblem)
    /// A date could not be read.
    case day(BeneficiaryForm.Field, DateInputError)
    case bornInFuture
    case phoneInvalid(BeneficiaryForm.Field)
    case categoryUnknown
    case branchUnknown
    case consentMissing
    /// Another file has this identity.
    case identityTaken(existing: UUID)
    /// Someone saved the file since the form was read.
    case changedBySomeoneElse

    /// The field the page marks.
    var field: BeneficiaryForm.Field {
        switch self {
        case .required(let field), .tooLong(let field, _), .day(let field, _), .phoneInvalid(let field): return field
        case .identityTypeMissing: return .identityType
        case .identity, .identityTaken: return .identityNumber
        case .bornInFuture: return .bornOn
        case .categoryUnknown: return .categories
        case .branchUnknown: return .branchID
        case .consentMissing: return .consent
        case .changedBySomeoneElse: return .version
        }
    }
}
