/// Every problem a data-protection form was refused for, as one error.
struct DataProtectionProblems: Error, Equatable {
    var problems: [DataProtectionProblem]
}
