import Fluent
import Foundation
import ManaratDomain

/// A row of `branches`.
public final class BranchModel: Model, @unchecked Sendable {
    public static let schema = "branches"

    @ID(key: .id) public var id: UUID?
    @Field(key: "code") public var code: String
    @Field(key: "name_ar") public var nameArabic: String
    @Field(key: "name_en") public var nameEnglish: String
    @Field(key: "city") public var city: String
    @Field(key: "is_active") public var isActive: Bool
    @Field(key: "created_at") public var createdAt: Date

    public init() {}

    init(id: UUID, code: String, nameArabic: String, nameEnglish: String, city: String, isActive: Bool, createdAt: Date)
    {
        self.id = id
        self.code = code
        self.nameArabic = nameArabic
        self.nameEnglish = nameEnglish
        self.city = city
        self.isActive = isActive
        self.createdAt = createdAt
    }

    var domain: Branch {
        Branch(id: id!, code: code, nameArabic: nameArabic, nameEnglish: nameEnglish, city: city, isActive: isActive)
    }
}
