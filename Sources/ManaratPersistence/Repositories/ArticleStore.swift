import Foundation
import ManaratDomain

/// Where knowledge-base articles are kept. `ArticleRepository` keeps them in the database; tests
/// use an in-memory twin (`InMemoryArticleStore` in ManaratTestSupport) with the same behaviour.
public protocol ArticleStore: Sendable {
    /// Saves a new article (version 1), or the next version of an existing one, keeping the
    /// previous version in its history.
    func save(_ article: Article) async throws
    /// Articles matching every word of `query` (Arabic-normalized), by category and Arabic title;
    /// public ones only unless `includeStaffOnly`.
    func search(_ query: String, includeStaffOnly: Bool, limit: Int) async throws -> [Article]
    /// One article.
    func find(id: UUID) async throws -> Article?
    /// How many visitors found the article helpful, and not.
    func votes(id: UUID) async throws -> (helpful: Int, notHelpful: Int)
    /// Counts a visitor's vote once; returns false, changing nothing, for a second vote.
    func vote(id: UUID, visitor: String, helpful: Bool) async throws -> Bool
    /// Earlier versions, newest first.
    func history(id: UUID) async throws -> [(version: Int, editedBy: String, editedAt: Date)]
}
