/// Every problem a household change was refused for, as one error.
struct HouseholdProblems: Error, Equatable {
    var problems: [HouseholdProblem]
}
