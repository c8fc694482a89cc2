import Fluent
import Foundation
import ManaratDomain

/// Reads and writes the knowledge base.
public struct ArticleRepository: ArticleStore {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Saves a new article or a new version of one; the previous version is kept.
    public func save(_ article: Article) async throws {
        if let row = try await ArticleModel.find(article.id, on: database) {
            let old = ArticleVersionModel()
            old.id = try database.ids.next()
            old.articleID = article.id
            old.version = row.version
            old.titleArabic = row.titleArabic
            old.bodyArabic = row.bodyArabic
            old.titleEnglish = row.titleEnglish
            old.bodyEnglish = row.bodyEnglish
            old.editedBy = row.editedBy
            old.editedAt = row.editedAt
            try await old.create(on: database)
            Self.copy(article, into: row, version: row.version + 1)
            try await row.update(on: database)
        } else {
            let row = ArticleModel()
            row.id = article.id
            row.helpful = 0
            row.notHelpful = 0
            Self.copy(article, into: row, version: 1)
            try await row.create(on: database)
        }
    }

    /// Articles matching every word of `query` (Arabic-normalized), public ones only unless `includeStaffOnly`.
    public func search(_ query: String, includeStaffOnly: Bool, limit: Int = 100) async throws -> [Article] {
        var builder = ArticleModel.query(on: database)
        if !includeStaffOnly { builder = builder.filter(\.$isPublic == true) }
        for token in ArabicText.searchTokens(query).prefix(5) { builder = builder.filter(\.$searchText ~~ token) }
        return try await builder.sort(\.$category).sort(\.$titleArabic).limit(limit).all().map(Self.article)
    }

    /// One article.
    public func find(id: UUID) async throws -> Article? {
        try await ArticleModel.find(id, on: database).map(Self.article)
    }

    /// How many found it helpful, and not.
    public func votes(id: UUID) async throws -> (helpful: Int, notHelpful: Int) {
        guard let row = try await ArticleModel.find(id, on: database) else { return (0, 0) }
        return (row.helpful, row.notHelpful)
    }

    /// Counts a visitor's vote once; a second vote by the same visitor changes nothing.
    public func vote(id: UUID, visitor: String, helpful: Bool) async throws -> Bool {
        guard
            try await ArticleVoteModel.query(on: database).filter(\.$articleID == id).filter(\.$visitor == visitor)
                .count() == 0,
            let row = try await ArticleModel.find(id, on: database)
        else { return false }
        let vote = ArticleVoteModel()
        vote.id = try database.ids.next()
        vote.articleID = id
        vote.visitor = visitor
        vote.helpful = helpful
        try await vote.create(on: database)
        if helpful { row.helpful += 1 } else { row.notHelpful += 1 }
        try await row.update(on: database)
        return true
    }

    /// Earlier versions, newest first.
    public func history(id: UUID) async throws -> [(version: Int, editedBy: String, editedAt: Date)] {
        try await ArticleVersionModel.query(on: database).filter(\.$articleID == id).sort(\.$version, .descending).all()
            .map { ($0.version, $0.editedBy, $0.editedAt) }
    }

    private static func copy(_ article: Article, into row: ArticleModel, version: Int) {
        row.category = article.category
        row.isPublic = article.isPublic
        row.version = version
        row.titleArabic = article.titleArabic
        row.bodyArabic = article.bodyArabic
        row.titleEnglish = article.titleEnglish
        row.bodyEnglish = article.bodyEnglish
        row.searchText = ArabicText.normalizedForSearch(
            [article.titleArabic, article.bodyArabic, article.titleEnglish, article.bodyEnglish].joined(separator: " "))
        row.editedBy = article.editedBy
        row.editedAt = article.editedAt
    }

    private static func article(_ row: ArticleModel) -> Article {
        Article(
            id: row.id!, category: row.category, isPublic: row.isPublic, version: row.version,
            titleArabic: row.titleArabic, bodyArabic: row.bodyArabic, titleEnglish: row.titleEnglish,
            bodyEnglish: row.bodyEnglish, editedBy: row.editedBy, editedAt: row.editedAt)
    }
}
