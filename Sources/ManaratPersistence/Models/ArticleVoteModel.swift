import Fluent
import Foundation
import ManaratDomain

/// A row of `article_votes`: one "was this helpful" answer per visitor and article.
public final class ArticleVoteModel: Model, @unchecked Sendable {
    public static let schema = "article_votes"
    @ID(key: .id) public var id: UUID?
    @Field(key: "article_id") public var articleID: UUID
    @Field(key: "visitor") public var visitor: String
    @Field(key: "helpful") public var helpful: Bool
    public init() {}
}
