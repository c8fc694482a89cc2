import ManaratDomain

/// The survey pages' words. Their texts still live in the shared catalogs, which these pages
/// share with others; this type says each problem, count and composed title.
struct SurveyText: BilingualText {
    /// The interface's shared strings, for the texts other pages use too.
    let strings: Strings

    /// The editor's title: "Surveys — Inquiries".
    func editorTitle(_ scope: SurveyScope) -> String {
        strings[.surveysTitle] + " — " + strings.surveyScope(scope)
    }

    /// A survey's title in the interface's language.
    func title(of survey: Survey) -> String {
        text(survey.titleArabic, survey.titleEnglish)
    }

    /// A question in the interface's language.
    func question(_ question: SurveyQuestion) -> String {
        text(question.arabic, question.english)
    }

    /// How many questions a survey asks besides the overall rating.
    func questionCount(_ count: Int) -> String {
        strings.format(.surveyQuestionCount, ["count": strings.number(count)])
    }

    /// The label of point `value` (1–5) of the rating scale: "5 — Very satisfied".
    func scaleLabel(_ value: Int) -> String {
        let labels: [Key] = [.surveyScale1, .surveyScale2, .surveyScale3, .surveyScale4, .surveyScale5]
        return strings.number(value) + " — " + strings[labels[min(max(value, 1), labels.count) - 1]]
    }

    /// Why a survey link no longer takes an answer.
    func closed(expired: Bool) -> String {
        expired ? strings[.surveyExpired] : strings[.surveyAlreadyAnswered]
    }

    /// A problem's message.
    func problem(_ problem: SurveyFormProblem) -> String {
        switch problem {
        case .titleArabicMissing:
            return strings.format(.fieldRequiredNamed, ["field": strings[.surveyTitleArabic]])
        case .titleEnglishMissing:
            return strings.format(.fieldRequiredNamed, ["field": strings[.surveyTitleEnglish]])
        case .questionsInvalid: return strings[.surveyQuestionsInvalid]
        case .tooManyQuestions:
            return strings.format(.surveyTooManyQuestions, ["count": strings.number(Survey.maximumQuestions)])
        case .ratingMissing, .answerOutOfRange: return strings[.surveyRatingRequired]
        case .commentTooLong:
            return strings.format(.fieldTooLong, ["maximum": strings.number(SurveyAnswerForm.longestComment)])
        case .notCompleted: return strings[.surveyNotYet]
        case .alreadyRated: return strings[.surveyAlreadyAnswered]
        }
    }

    /// The problems as a page lists them, each next to its field.
    func errors(_ problems: [SurveyFormProblem]) -> [FieldError] {
        problems.map { FieldError(field: $0.field, message: problem($0)) }
    }
}
