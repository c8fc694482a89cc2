import Foundation

/// What a writer submits for a knowledge-base article: checked text, ready to be saved as a new
/// article or as the next version of one.
public struct ArticleDraft: Sendable, Equatable {
    /// The longest title kept, in characters.
    public static let titleLimit = 200
    /// The longest text kept, in characters.
    public static let bodyLimit = 40_000

    /// Where it is filed.
    public var category: ArticleCategory
    /// Shown on the public FAQ, or to staff only.
    public var isPublic: Bool
    /// The Arabic title; never empty.
    public var titleArabic: String
    /// The Arabic text (Markdown); never empty.
    public var bodyArabic: String
    /// The English title; may be empty, when the Arabic one is shown.
    public var titleEnglish: String
    /// The English text; may be empty, when the Arabic one is shown.
    public var bodyEnglish: String

    /// A draft from its parts.
    public init(
        category: ArticleCategory, isPublic: Bool, titleArabic: String, bodyArabic: String, titleEnglish: String,
        bodyEnglish: String
    ) {
        self.category = category
        self.isPublic = isPublic
        self.titleArabic = titleArabic
        self.bodyArabic = bodyArabic
        self.titleEnglish = titleEnglish
        self.bodyEnglish = bodyEnglish
    }

    /// The article this draft makes: `id` and `version` are the existing article's when it
    /// replaces one (the store numbers the new version), new ones otherwise.
    public func article(id: UUID, version: Int, editedBy: String, editedAt: Date) -> Article {
        Article(
            id: id, category: category.rawValue, isPublic: isPublic, version: version, titleArabic: titleArabic,
            bodyArabic: bodyArabic, titleEnglish: titleEnglish, bodyEnglish: bodyEnglish, editedBy: editedBy,
            editedAt: editedAt)
    }
}
