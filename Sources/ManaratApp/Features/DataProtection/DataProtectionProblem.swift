import Foundation
import ManaratDomain

/// Why a data-protection form was refused, and the field it marks.
enum DataProtectionProblem: Error, Equatable, Sendable {
    // The breach register.
    /// A required field of the breach form is empty or too long.
    case required(BreachForm.Field)
    case discovered(DateInputError)
    /// The time is not `hh:mm`.
    case timeInvalid
    /// The number of people affected is not a whole number from zero.
    case peopleInvalid
    case discoveredInFuture
    /// The regulator's reference of breach `id` is missing or longer than 100 characters.
    case regulatorReferenceMissing(breachID: UUID)
    /// The notice was recorded already (a second click, another administrator).
    case alreadyRecorded

    // The retention schedule and legal holds.
    /// A period is not a number.
    case periodMissing(RetentionKind)
    case belowMinimum(RetentionKind, minimum: Int)
    case aboveMaximum(RetentionKind, maximum: Int)
    /// No beneficiary has the file number typed.
    case beneficiaryNotFound
    case holdReasonMissing

    // Data-subject requests.
    /// The extension of request `id` came without its reason.
    case extensionReasonMissing(requestID: UUID)
    /// The request was extended or answered already.
    case extensionRefused

    /// The field the page marks, by its HTML name.
    var field: String {
        switch self {
        case .required(let field): return field.rawValue
        case .discovered, .discoveredInFuture: return BreachForm.Field.discovered.rawValue
        case .timeInvalid: return BreachForm.Field.discoveredTime.rawValue
        case .peopleInvalid: return BreachForm.Field.peopleAffected.rawValue
        case .regulatorReferenceMissing(let id): return "regulatorReference-\(id.uuidString.lowercased())"
        case .alreadyRecorded, .extensionRefused: return "alert"
        case .periodMissing(let kind), .belowMinimum(let kind, _), .aboveMaximum(let kind, _): return kind.rawValue
        case .beneficiaryNotFound: return LegalHoldForm.Field.fileNumber.rawValue
        case .holdReasonMissing: return LegalHoldForm.Field.reason.rawValue
        case .extensionReasonMissing: return "reason"
        }
    }
}
