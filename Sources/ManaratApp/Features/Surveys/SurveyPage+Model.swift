import ManaratDomain

extension SurveyPage {
    /// What the survey shows.
    struct Model: Sendable, Equatable {
        /// The scope's active survey; nil asks the overall rating and a comment only.
        var survey: Survey?
        /// The link's token, which the form posts back to.
        var token: String
        /// The form as it stands.
        var form: SurveyAnswerForm
        /// What was wrong with the last post.
        var problems: [SurveyFormProblem]
    }
}
