import Foundation
import ManaratDomain
import ManaratPersistence

extension ArticleEditor.Model {
    /// The form for `article` (nil for a new one) holding `form`, with the article's history.
    static func query(
        _ store: any ArticleStore, article: Article?, form: ArticleForm, problems: [ArticleForm.Field] = []
    ) async throws -> Self {
        var history: [(version: Int, editedBy: String, editedAt: Date)] = []
        if let article { history = try await store.history(id: article.id) }
        return Self(
            articleID: article?.id, form: form, problems: problems,
            history: history.map {
                ArticleEditor.Version(version: $0.version, editedBy: $0.editedBy, editedAt: $0.editedAt)
            })
    }
}
