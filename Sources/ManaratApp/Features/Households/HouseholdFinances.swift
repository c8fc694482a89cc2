import ManaratDomain

/// A household's finances and housing, checked.
struct HouseholdFinances: Sendable, Equatable {
    var monthlyIncome: Money
    var monthlyRent: Money
    var debts: Money
    var housing: HousingType
}
