import Fluent
import Foundation
import ManaratDomain

/// A row of `articles`: the current version, with the normalized text search uses.
public final class ArticleModel: Model, @unchecked Sendable {
    public static let schema = "articles"
    @ID(key: .id) public var id: UUID?
    @Field(key: "category") public var category: String
    @Field(key: "is_public") public var isPublic: Bool
    @Field(key: "version") public var version: Int
    @Field(key: "title_ar") public var titleArabic: String
    @Field(key: "body_ar") public var bodyArabic: String
    @Field(key: "title_en") public var titleEnglish: String
    @Field(key: "body_en") public var bodyEnglish: String
    @Field(key: "search_text") public var searchText: String
    @Field(key: "edited_by") public var editedBy: String
    @Field(key: "edited_at") public var editedAt: Date
    @Field(key: "helpful") public var helpful: Int
    @Field(key: "not_helpful") public var notHelpful: Int
    public init() {}
}
