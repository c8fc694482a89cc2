import Foundation
import ManaratDomain

extension ArticleList {
    /// Who the list is for.
    enum Audience: Sendable, Equatable {
        /// Anyone, on the public FAQ: public articles only.
        case visitors
        /// Staff on the desk: every article; `mayWrite` adds the link to add one.
        case staff(mayWrite: Bool)
    }

    /// What the list shows.
    struct Model: Sendable, Equatable {
        /// The articles found, in category and title order.
        var articles: [Article]
        /// The search as typed (empty for all).
        var query: String
        var audience: Audience

        /// The categories that have an article here, in the knowledge base's order.
        var categories: [ArticleCategory] {
            ArticleCategory.allCases.filter { category in
                articles.contains { ArticleCategory(code: $0.category) == category }
            }
        }

        /// The articles filed under `category`.
        func articles(in category: ArticleCategory) -> [Article] {
            articles.filter { ArticleCategory(code: $0.category) == category }
        }
    }
}
