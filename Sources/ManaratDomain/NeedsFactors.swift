import Foundation

/// The facts about a household that the needs assessment weighs.
///
/// Amounts are Saudi riyals per month except `debts`, which is the total owed.
public struct NeedsFactors: Sendable, Equatable {
    /// The household's total monthly income.
    public var monthlyIncome: Decimal
    /// The number of people in the household.
    public var householdSize: Int
    /// The monthly rent, zero when none is paid.
    public var monthlyRent: Decimal
    /// The total of outstanding debts.
    public var debts: Decimal
    /// How the household is housed.
    public var housing: HousingType
    /// Members with a chronic illness.
    public var chronicIllnessCount: Int
    /// Members with a disability.
    public var disabilityCount: Int
    /// Children under 18.
    public var dependantsUnder18: Int
    /// Elderly members.
    public var elderlyCount: Int

    /// Creates the factors of one household.
    public init(
        monthlyIncome: Decimal,
        householdSize: Int,
        monthlyRent: Decimal,
        debts: Decimal,
        housing: HousingType,
        chronicIllnessCount: Int,
        disabilityCount: Int,
        dependantsUnder18: Int,
        elderlyCount: Int
    ) {
        self.monthlyIncome = monthlyIncome
        self.householdSize = householdSize
        self.monthlyRent = monthlyRent
        self.debts = debts
        self.housing = housing
        self.chronicIllnessCount = chronicIllnessCount
        self.disabilityCount = disabilityCount
        self.dependantsUnder18 = dependantsUnder18
        self.elderlyCount = elderlyCount
    }
}
