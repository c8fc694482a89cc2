/// Why a weights form was refused, as an error a `Result` can carry.
struct NeedsWeightsProblems: Error, Equatable {
    /// Every problem, in the order the page lists them.
    var problems: [NeedsProblem]
}
