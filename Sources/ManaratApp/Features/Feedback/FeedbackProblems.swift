/// Every problem a complaint, a suggestion or a closing was refused for, as one error.
struct FeedbackProblems: Error, Equatable {
    var problems: [FeedbackProblem]
}
