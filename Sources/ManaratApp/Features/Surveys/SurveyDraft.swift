import ManaratDomain

/// A survey as an administrator wrote it, before it is given its id and scope.
struct SurveyDraft: Sendable, Equatable {
    var titleArabic: String
    var titleEnglish: String
    /// The questions besides the overall rating, at most `Survey.maximumQuestions`.
    var questions: [SurveyQuestion]
    /// Whether invitations use it once saved.
    var isActive: Bool
}
