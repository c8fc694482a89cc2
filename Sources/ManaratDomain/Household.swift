import Foundation

/// A household (الأسرة): its head, its members and its finances.
public struct Household: Sendable, Equatable, Identifiable {
    /// The household's identifier.
    public var id: UUID
    /// The beneficiary at its head.
    public var headID: UUID
    /// Monthly income of the whole household.
    public var monthlyIncome: Money
    /// Monthly rent.
    public var monthlyRent: Money
    /// Outstanding debts.
    public var debts: Money
    /// Housing type.
    public var housing: HousingType
    /// The members other than the head.
    public var members: [HouseholdMember]

    /// Creates a household.
    public init(
        id: UUID, headID: UUID, monthlyIncome: Money, monthlyRent: Money, debts: Money, housing: HousingType,
        members: [HouseholdMember]
    ) {
        self.id = id
        self.headID = headID
        self.monthlyIncome = monthlyIncome
        self.monthlyRent = monthlyRent
        self.debts = debts
        self.housing = housing
        self.members = members
    }
}
