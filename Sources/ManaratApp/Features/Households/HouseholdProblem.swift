import Foundation
import ManaratDomain

/// What is wrong with a household change as sent, and the form field it marks.
enum HouseholdProblem: Error, Equatable, Sendable {
    /// An amount of the finances form is not a valid amount.
    case amountInvalid(HouseholdFinancesForm.Field)
    /// The member's name is missing or longer than 120 characters.
    case memberNameMissing
    case identity(IdentityProblem)
    case bornOn(DateInputError)
    /// The identity typed is the head's own.
    case memberIsHead
    /// The head is a member of the household headed by `headID`.
    case headInAnotherHousehold(headID: UUID)
    /// The person is in the household headed by `headID` already.
    case personInAnotherHousehold(headID: UUID)

    /// The field the page marks, by its HTML name.
    var field: String {
        switch self {
        case .amountInvalid(let field): return field.rawValue
        case .memberNameMissing: return HouseholdMemberForm.Field.memberName.rawValue
        case .identity, .memberIsHead, .personInAnotherHousehold:
            return HouseholdMemberForm.Field.memberIdentityNumber.rawValue
        case .bornOn: return HouseholdMemberForm.Field.memberBornOn.rawValue
        case .headInAnotherHousehold: return HouseholdFinancesForm.Field.monthlyIncome.rawValue
        }
    }
}
