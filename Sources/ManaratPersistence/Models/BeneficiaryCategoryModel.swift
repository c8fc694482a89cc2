import Fluent
import Foundation
import ManaratDomain

/// A row of `beneficiary_categories`.
public final class BeneficiaryCategoryModel: Model, @unchecked Sendable {
    public static let schema = "beneficiary_categories"
    @ID(key: .id) public var id: UUID?
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "category_id") public var categoryID: UUID
    public init() {}
}
