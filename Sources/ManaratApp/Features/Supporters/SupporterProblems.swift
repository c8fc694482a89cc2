/// Every problem a supporter form was refused for, as one error.
struct SupporterProblems: Error, Equatable {
    var problems: [SupporterProblem]
}
