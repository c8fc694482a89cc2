import Foundation
import ManaratDomain
import ManaratPersistence

/// `ArticleStore` in memory, for service tests that need no database: the same versioning,
/// search and one-vote-per-visitor rules as `ArticleRepository`.
public actor InMemoryArticleStore: ArticleStore {
    private var articles: [UUID: Article] = [:]
    private var versions: [UUID: [(version: Int, editedBy: String, editedAt: Date)]] = [:]
    private var tallies: [UUID: (helpful: Int, notHelpful: Int)] = [:]
    private var voters: Set<String> = []

    /// An empty store, or one holding `articles` as they are.
    public init(_ articles: [Article] = []) {
        for article in articles { self.articles[article.id] = article }
    }

    public func save(_ article: Article) async throws {
        var saved = article
        if let current = articles[article.id] {
            versions[article.id, default: []].insert(
                (current.version, current.editedBy, current.editedAt), at: 0)
            saved.version = current.version + 1
        } else {
            saved.version = 1
        }
        articles[article.id] = saved
    }

    public func search(_ query: String, includeStaffOnly: Bool, limit: Int) async throws -> [Article] {
        let tokens = ArabicText.searchTokens(query).prefix(5)
        return
            articles.values
            .filter { includeStaffOnly || $0.isPublic }
            .filter { article in
                let text = ArabicText.normalizedForSearch(
                    [article.titleArabic, article.bodyArabic, article.titleEnglish, article.bodyEnglish]
                        .joined(separator: " "))
                return tokens.allSatisfy { text.contains($0) }
            }
            .sorted { ($0.category, $0.titleArabic) < ($1.category, $1.titleArabic) }
            .prefix(limit)
            .map { $0 }
    }

    public func find(id: UUID) async throws -> Article? { articles[id] }

    public func votes(id: UUID) async throws -> (helpful: Int, notHelpful: Int) { tallies[id] ?? (0, 0) }

    public func vote(id: UUID, visitor: String, helpful: Bool) async throws -> Bool {
        guard articles[id] != nil, voters.insert(id.uuidString + " " + visitor).inserted else { return false }
        var tally = tallies[id] ?? (0, 0)
        if helpful { tally.helpful += 1 } else { tally.notHelpful += 1 }
        tallies[id] = tally
        return true
    }

    public func history(id: UUID) async throws -> [(version: Int, editedBy: String, editedAt: Date)] {
        versions[id] ?? []
    }
}
