import Fluent
import Foundation
import ManaratDomain

/// A row of `households`.
public final class HouseholdModel: Model, @unchecked Sendable {
    public static let schema = "households"
    @ID(key: .id) public var id: UUID?
    @Field(key: "head_id") public var headID: UUID
    @Field(key: "monthly_income") public var monthlyIncome: Int
    @Field(key: "monthly_rent") public var monthlyRent: Int
    @Field(key: "debts") public var debts: Int
    @Field(key: "housing") public var housing: String
    @Field(key: "is_active") public var isActive: Bool
    @Field(key: "updated_at") public var updatedAt: Date
    public init() {}
}
