import ManaratDomain

extension SurveyEditor {
    /// What the editor shows.
    struct Model: Sendable, Equatable {
        /// The scope whose survey is defined.
        var scope: SurveyScope
        /// The form as it stands.
        var form: SurveyForm
        /// What was wrong with the last post.
        var problems: [SurveyFormProblem]
    }
}
