/// Every problem a volunteer form was refused for, as one error.
struct VolunteerProblems: Error, Equatable {
    var problems: [VolunteerProblem]
}
