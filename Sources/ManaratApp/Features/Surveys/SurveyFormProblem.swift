import ManaratDomain

/// What is wrong with a survey as an administrator defined it, an answer as a beneficiary sent
/// it, or a branch tablet survey asked for, and the field it marks. (`SurveyProblem`, in the
/// domain, is the rules' own word for an answer or a link refused.)
enum SurveyFormProblem: Error, Equatable, Sendable {
    /// The Arabic title is empty or longer than `SurveyForm.longestTitle`.
    case titleArabicMissing
    /// The English title is empty or longer than `SurveyForm.longestTitle`.
    case titleEnglishMissing
    /// A line of questions is not `Arabic | English`, or one side is too long.
    case questionsInvalid
    /// More questions than `Survey.maximumQuestions`.
    case tooManyQuestions
    /// The overall rating is missing or outside 1–5.
    case ratingMissing
    /// A question's answer is outside 1–5.
    case answerOutOfRange
    /// The comment is longer than `SurveyAnswerForm.longestComment`.
    case commentTooLong
    /// The request is not completed yet, so there is no service to rate.
    case notCompleted
    /// The service was rated already; a second survey would count one family twice.
    case alreadyRated

    /// The field the page marks, by its HTML name.
    var field: String {
        switch self {
        case .titleArabicMissing: return SurveyForm.Field.titleArabic.rawValue
        case .titleEnglishMissing: return SurveyForm.Field.titleEnglish.rawValue
        case .questionsInvalid, .tooManyQuestions: return SurveyForm.Field.questions.rawValue
        case .ratingMissing: return SurveyAnswerForm.Field.rating.rawValue
        case .answerOutOfRange: return SurveyAnswerForm.Field.q0.rawValue
        case .commentTooLong: return SurveyAnswerForm.Field.comment.rawValue
        case .notCompleted, .alreadyRated: return "alert"
        }
    }
}
