/// What is wrong with a category as sent, and the field it marks.
enum CategoryProblem: Error, Equatable, Sendable {
    /// The code is not lower-case Latin letters and digits, up to 40.
    case codeInvalid
    /// Another category has this code.
    case codeTaken
    /// The Arabic name is missing or longer than 100 characters.
    case nameArabicMissing
    /// The English name is missing or longer than 100 characters.
    case nameEnglishMissing

    /// The field the page marks.
    var field: CategoryForm.Field {
        switch self {
        case .codeInvalid, .codeTaken: return .code
        case .nameArabicMissing: return .nameArabic
        case .nameEnglishMissing: return .nameEnglish
        }
    }
}
