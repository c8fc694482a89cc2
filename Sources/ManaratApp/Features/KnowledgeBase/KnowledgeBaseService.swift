import Foundation
import ManaratDomain
import ManaratPersistence

/// What the knowledge base does, given everything it needs: the store and the clock, and with each
/// call the ids and the acting staff member. It holds no request; a controller builds it on the
/// transaction's database, and a test on an in-memory store with a pinned clock.
struct KnowledgeBaseService: Sendable {
    let store: any ArticleStore
    let clock: WallClock

    /// Saves `draft` as the article `id`: a new one, or the next version of `existing`, written by
    /// `editor` now. The caller names the id, so its audit entry can name it before the write.
    /// Returns the article as saved.
    @discardableResult
    func save(_ draft: ArticleDraft, as id: UUID, replacing existing: Article?, editor: String) async throws -> Article
    {
        let article = draft.article(id: id, version: existing?.version ?? 1, editedBy: editor, editedAt: clock.now())
        try await store.save(article)
        return try await store.find(id: article.id) ?? article
    }

    /// Counts `visitor`'s answer to "was this helpful" on a public article, once; false when the
    /// visitor had answered already.
    func vote(on article: Article, visitor: String, helpful: Bool) async throws -> Bool {
        try await store.vote(id: article.id, visitor: visitor, helpful: helpful)
    }
}
