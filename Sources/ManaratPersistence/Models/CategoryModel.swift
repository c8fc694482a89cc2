import Fluent
import Foundation
import ManaratDomain

/// A row of `categories`.
public final class CategoryModel: Model, @unchecked Sendable {
    public static let schema = "categories"
    @ID(key: .id) public var id: UUID?
    @Field(key: "code") public var code: String
    @Field(key: "name_ar") public var nameArabic: String
    @Field(key: "name_en") public var nameEnglish: String
    @Field(key: "is_active") public var isActive: Bool
    @Field(key: "sort_order") public var sortOrder: Int
    public init() {}
}
