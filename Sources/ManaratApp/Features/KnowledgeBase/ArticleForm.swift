import Foundation
import ManaratDomain
import Vapor

/// The article form as posted: every field optional text, parsed into an `ArticleDraft` or the
/// fields that are wrong. Its field names are a type, shared by the view and the errors.
struct ArticleForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case category, isPublic, titleArabic, bodyArabic, titleEnglish, bodyEnglish
    }

    var category: String?
    var isPublic: String?
    var titleArabic: String?
    var bodyArabic: String?
    var titleEnglish: String?
    var bodyEnglish: String?

    /// The form for a new article: filed under requests, public.
    static let blank = ArticleForm(category: ArticleCategory.requests.rawValue, isPublic: "on")

    /// The form showing `article` as it stands.
    init(article: Article) {
        self.init(
            category: article.category, isPublic: article.isPublic ? "on" : nil, titleArabic: article.titleArabic,
            bodyArabic: article.bodyArabic, titleEnglish: article.titleEnglish, bodyEnglish: article.bodyEnglish)
    }

    init(
        category: String? = nil, isPublic: String? = nil, titleArabic: String? = nil, bodyArabic: String? = nil,
        titleEnglish: String? = nil, bodyEnglish: String? = nil
    ) {
        self.category = category
        self.isPublic = isPublic
        self.titleArabic = titleArabic
        self.bodyArabic = bodyArabic
        self.titleEnglish = titleEnglish
        self.bodyEnglish = bodyEnglish
    }

    /// The draft, or the fields that are missing or too long. The Arabic title and text are
    /// required; the English ones are optional and cut at the limits; an unknown category files
    /// the article under `other`.
    func parsed() -> Result<ArticleDraft, ArticleFormProblems> {
        let title = (titleArabic ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let body = (bodyArabic ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var wrong: [Field] = []
        if title.isEmpty || title.count > ArticleDraft.titleLimit { wrong.append(.titleArabic) }
        if body.isEmpty || body.count > ArticleDraft.bodyLimit { wrong.append(.bodyArabic) }
        guard wrong.isEmpty else { return .failure(ArticleFormProblems(fields: wrong)) }
        return .success(
            ArticleDraft(
                category: ArticleCategory(code: category ?? ""), isPublic: isPublic == "on", titleArabic: title,
                bodyArabic: body, titleEnglish: String((titleEnglish ?? "").prefix(ArticleDraft.titleLimit)),
                bodyEnglish: String((bodyEnglish ?? "").prefix(ArticleDraft.bodyLimit))))
    }
}
