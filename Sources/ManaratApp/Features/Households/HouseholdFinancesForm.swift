import Foundation
import ManaratDomain
import Vapor

/// A household's finances and housing as posted from the file.
struct HouseholdFinancesForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case monthlyIncome, monthlyRent, debts, housing
    }

    var monthlyIncome: String?
    var monthlyRent: String?
    var debts: String?
    var housing: String?

    /// The finances, or every amount that is not one.
    func parsed() -> Result<HouseholdFinances, HouseholdProblems> {
        var problems: [HouseholdProblem] = []
        func amount(_ text: String?, _ field: Field) -> Money {
            guard let money = Money.parse(text ?? "") else {
                problems.append(.amountInvalid(field))
                return .zero
            }
            return money
        }
        let finances = HouseholdFinances(
            monthlyIncome: amount(monthlyIncome, .monthlyIncome), monthlyRent: amount(monthlyRent, .monthlyRent),
            debts: amount(debts, .debts), housing: housing.flatMap(HousingType.init(rawValue:)) ?? .other)
        return problems.isEmpty ? .success(finances) : .failure(HouseholdProblems(problems: problems))
    }
}
