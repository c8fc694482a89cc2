/// Every problem a committee action was refused for, as one error.
struct CommitteeProblems: Error, Equatable {
    var problems: [CommitteeProblem]
}
