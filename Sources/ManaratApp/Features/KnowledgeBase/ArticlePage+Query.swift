import Foundation
import ManaratDomain
import ManaratPersistence

extension ArticlePage.Model {
    /// The public FAQ's article `id`, with its helpful count; nil when there is none or it is
    /// for staff only.
    static func visitors(_ store: any ArticleStore, id: UUID, justVoted: Bool) async throws -> Self? {
        guard let article = try await store.find(id: id), article.isPublic else { return nil }
        let votes = try await store.votes(id: id)
        return Self(article: article, audience: .visitors(helpful: votes.helpful, justVoted: justVoted))
    }

    /// The article `id` as staff read it; nil when there is none.
    static func staff(_ store: any ArticleStore, id: UUID, mayEdit: Bool) async throws -> Self? {
        guard let article = try await store.find(id: id) else { return nil }
        return Self(article: article, audience: .staff(mayEdit: mayEdit))
    }
}
