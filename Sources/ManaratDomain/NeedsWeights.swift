import Foundation

/// The weights of the needs assessment, which an administrator may change.
///
/// Weights are relative: the total is normalized over their sum, so they need
/// not add up to 100.
public struct NeedsWeights: Sendable, Equatable, Codable {
    /// The monthly income per household member, in riyals, at or above which
    /// the income part scores nothing.
    public var incomeThresholdPerMember: Decimal
    /// The weight of income.
    public var income: Int
    /// The weight of housing.
    public var housing: Int
    /// The weight of illness and disability.
    public var health: Int
    /// The weight of children and elderly members.
    public var dependants: Int
    /// The weight of debts.
    public var debts: Int

    /// The association's default weights, which add up to 100.
    public static let standard = NeedsWeights()

    /// Creates weights; the defaults are the standard ones.
    public init(
        incomeThresholdPerMember: Decimal = 1500,
        income: Int = 40,
        housing: Int = 15,
        health: Int = 20,
        dependants: Int = 15,
        debts: Int = 10
    ) {
        self.incomeThresholdPerMember = incomeThresholdPerMember
        self.income = income
        self.housing = housing
        self.health = health
        self.dependants = dependants
        self.debts = debts
    }
}
