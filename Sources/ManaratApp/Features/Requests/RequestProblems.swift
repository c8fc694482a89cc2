/// Every problem an action on a request was refused for, as one error.
struct RequestProblems: Error, Equatable {
    var problems: [RequestProblem]

    init(_ problems: [RequestProblem]) {
        self.problems = problems
    }
}
