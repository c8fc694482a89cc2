import Foundation
import ManaratDomain
import ManaratPersistence

extension ArticleList.Model {
    /// The articles matching `query` that `audience` may read, at most 100.
    static func query(_ store: any ArticleStore, query: String, audience: ArticleList.Audience) async throws -> Self {
        let text = String(query.prefix(100))
        let articles = try await store.search(text, includeStaffOnly: audience != .visitors, limit: 100)
        return Self(articles: articles, query: text, audience: audience)
    }
}
