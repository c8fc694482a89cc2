/// Why a branch form was refused, as an error a `Result` can carry.
struct BranchFormProblems: Error, Equatable {
    /// Every problem, in the order the page lists them.
    var problems: [BranchProblem]
}
