import Fluent
import Foundation
import ManaratDomain

/// A row of `request_types`. Requirements are JSON so administrators can change them without a migration.
public final class RequestTypeModel: Model, @unchecked Sendable {
    public static let schema = "request_types"
    @ID(key: .id) public var id: UUID?
    @Field(key: "code") public var code: String
    @Field(key: "name_ar") public var nameArabic: String
    @Field(key: "name_en") public var nameEnglish: String
    @Field(key: "description_ar") public var descriptionArabic: String
    @Field(key: "description_en") public var descriptionEnglish: String
    @Field(key: "required_fields") public var requiredFields: String
    @Field(key: "required_documents") public var requiredDocuments: String
    @Field(key: "eligible_categories") public var eligibleCategories: String
    @Field(key: "service_kinds") public var serviceKinds: String
    @Field(key: "is_active") public var isActive: Bool
    @Field(key: "sort_order") public var sortOrder: Int
    public init() {}
}
