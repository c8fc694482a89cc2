import Foundation
import ManaratDomain
import Vapor

/// The needs assessment's weights as an administrator posted them.
struct NeedsWeightsForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case incomeThresholdPerMember, income, housing, health, dependants, debts
    }

    var incomeThresholdPerMember: String?
    var income: String?
    var housing: String?
    var health: String?
    var dependants: String?
    var debts: String?

    init(
        incomeThresholdPerMember: String? = nil, income: String? = nil, housing: String? = nil, health: String? = nil,
        dependants: String? = nil, debts: String? = nil
    ) {
        self.incomeThresholdPerMember = incomeThresholdPerMember
        self.income = income
        self.housing = housing
        self.health = health
        self.dependants = dependants
        self.debts = debts
    }

    /// The form showing `weights`.
    init(weights: NeedsWeights) {
        self.init(
            incomeThresholdPerMember: NSDecimalNumber(decimal: weights.incomeThresholdPerMember).stringValue,
            income: String(weights.income), housing: String(weights.housing), health: String(weights.health),
            dependants: String(weights.dependants), debts: String(weights.debts))
    }

    /// The weights, or every problem: the threshold an amount above zero, each weight a whole
    /// number from 0 to 100.
    func parsed() -> Result<NeedsWeights, NeedsWeightsProblems> {
        var problems: [NeedsProblem] = []
        func weight(_ text: String?, _ field: Field) -> Int {
            guard let value = Int(Digits.latinized((text ?? "").trimmingCharacters(in: .whitespaces))),
                (0...100).contains(value)
            else {
                problems.append(.count(field: field.rawValue, minimum: 0, maximum: 100))
                return 0
            }
            return value
        }
        let threshold = Money.parse(incomeThresholdPerMember ?? "")
        if threshold == nil || threshold == .zero {
            problems.append(.amount(field: Field.incomeThresholdPerMember.rawValue))
        }
        let income = weight(income, .income)
        let housing = weight(housing, .housing)
        let health = weight(health, .health)
        let dependants = weight(dependants, .dependants)
        let debts = weight(debts, .debts)
        guard problems.isEmpty, let threshold else { return .failure(NeedsWeightsProblems(problems: problems)) }
        return .success(
            NeedsWeights(
                incomeThresholdPerMember: threshold.riyals, income: income, housing: housing, health: health,
                dependants: dependants, debts: debts))
    }
}
