import Fluent
import Foundation
import ManaratDomain

/// A row of `article_versions`: every earlier version, kept.
public final class ArticleVersionModel: Model, @unchecked Sendable {
    public static let schema = "article_versions"
    @ID(key: .id) public var id: UUID?
    @Field(key: "article_id") public var articleID: UUID
    @Field(key: "version") public var version: Int
    @Field(key: "title_ar") public var titleArabic: String
    @Field(key: "body_ar") public var bodyArabic: String
    @Field(key: "title_en") public var titleEnglish: String
    @Field(key: "body_en") public var bodyEnglish: String
    @Field(key: "edited_by") public var editedBy: String
    @Field(key: "edited_at") public var editedAt: Date
    public init() {}
}
