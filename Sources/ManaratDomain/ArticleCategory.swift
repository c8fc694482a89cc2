import Foundation

/// The section of the knowledge base an article is filed under. The raw value is stored.
public enum ArticleCategory: String, CaseIterable, Codable, Sendable {
    case services, requests, documents, payments, volunteering, other

    /// The category stored as `code`; an unknown code files the article under `other`.
    public init(code: String) {
        self = ArticleCategory(rawValue: code) ?? .other
    }
}
