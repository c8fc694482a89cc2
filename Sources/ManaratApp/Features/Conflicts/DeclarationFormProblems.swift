/// Why a declaration form was refused, as an error a `Result` can carry.
struct DeclarationFormProblems: Error, Equatable {
    /// Every problem, in the order the page lists them.
    var problems: [DeclarationProblem]
}
