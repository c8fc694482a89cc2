extension TemplateEditorPage {
    /// What the template editor shows.
    struct Model: Sendable, Equatable {
        /// The wording edited.
        var key: TemplateKey
        /// The form as it stands.
        var form: TemplateForm
        /// What was wrong with the last post.
        var problems: [TemplateProblem]
    }
}
