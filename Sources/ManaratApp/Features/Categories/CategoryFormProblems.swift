/// Why a category form was refused, as an error a `Result` can carry.
struct CategoryFormProblems: Error, Equatable {
    /// Every problem, in the order the page lists them.
    var problems: [CategoryProblem]
}
