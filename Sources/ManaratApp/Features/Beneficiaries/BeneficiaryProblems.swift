/// Why a beneficiary form was refused, as an error a `Result` can carry.
struct BeneficiaryProblems: Error, Equatable {
    /// Every problem, in the order the page lists them.
    var problems: [BeneficiaryProblem]
}
