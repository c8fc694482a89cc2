/// Every problem a publication was refused for, as one error.
struct PolicyProblems: Error, Equatable {
    var problems: [PolicyProblem]
}
