/// Why a template form was refused, as an error a `Result` can carry.
struct TemplateFormProblems: Error, Equatable {
    /// Every problem, in the order the page lists them.
    var problems: [TemplateProblem]
}
