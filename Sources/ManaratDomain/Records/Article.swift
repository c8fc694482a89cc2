import Foundation

/// A knowledge-base article (قاعدة المعرفة) in its current version.
public struct Article: Sendable, Equatable, Identifiable {
    /// Its identifier.
    public var id: UUID
    /// A category code such as "requests".
    public var category: String
    /// Whether the public sees it, or only staff.
    public var isPublic: Bool
    /// The current version number.
    public var version: Int
    /// Arabic title and body (Markdown).
    public var titleArabic: String
    /// Arabic body.
    public var bodyArabic: String
    /// English title.
    public var titleEnglish: String
    /// English body.
    public var bodyEnglish: String
    /// Who wrote the current version.
    public var editedBy: String
    /// When.
    public var editedAt: Date

    /// Creates an article.
    public init(
        id: UUID, category: String, isPublic: Bool, version: Int, titleArabic: String, bodyArabic: String,
        titleEnglish: String, bodyEnglish: String, editedBy: String, editedAt: Date
    ) {
        self.id = id
        self.category = category
        self.isPublic = isPublic
        self.version = version
        self.titleArabic = titleArabic
        self.bodyArabic = bodyArabic
        self.titleEnglish = titleEnglish
        self.bodyEnglish = bodyEnglish
        self.editedBy = editedBy
        self.editedAt = editedAt
    }
}
