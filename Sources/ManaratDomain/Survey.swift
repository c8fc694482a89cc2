import Foundation

/// A satisfaction survey an administrator defined.
public struct Survey: Sendable, Equatable, Identifiable {
    /// Its identifier.
    public var id: UUID
    /// What it follows.
    public var scope: SurveyScope
    /// The title in Arabic.
    public var titleArabic: String
    /// The title in English.
    public var titleEnglish: String
    /// A few questions besides the overall 1–5 rating.
    public var questions: [SurveyQuestion]
    /// Whether invitations use it.
    public var isActive: Bool

    /// Creates a survey.
    public init(
        id: UUID, scope: SurveyScope, titleArabic: String, titleEnglish: String, questions: [SurveyQuestion],
        isActive: Bool
    ) {
        self.id = id
        self.scope = scope
        self.titleArabic = titleArabic
        self.titleEnglish = titleEnglish
        self.questions = questions
        self.isActive = isActive
    }

    /// At most this many extra questions: a survey answered on a phone stays short.
    public static let maximumQuestions = 5
}
