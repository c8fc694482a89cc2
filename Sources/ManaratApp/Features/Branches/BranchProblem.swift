/// What is wrong with a branch as sent, and the field it marks.
enum BranchProblem: Error, Equatable, Sendable {
    /// The code is not 1–10 Latin capitals, digits or hyphens.
    case codeInvalid
    /// Another branch has this code.
    case codeTaken
    /// The Arabic name is missing or longer than 100 characters.
    case nameArabicMissing
    /// The English name is missing or longer than 100 characters.
    case nameEnglishMissing
    /// The city is missing or longer than 100 characters.
    case cityMissing

    /// The field the page marks.
    var field: BranchForm.Field {
        switch self {
        case .codeInvalid, .codeTaken: return .code
        case .nameArabicMissing: return .nameArabic
        case .nameEnglishMissing: return .nameEnglish
        case .cityMissing: return .city
        }
    }
}
