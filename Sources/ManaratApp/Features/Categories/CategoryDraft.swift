/// A category as an administrator wrote it, checked.
struct CategoryDraft: Sendable, Equatable {
    /// Its code, normalized.
    var code: String
    var nameArabic: String
    var nameEnglish: String
    var isActive: Bool
}
