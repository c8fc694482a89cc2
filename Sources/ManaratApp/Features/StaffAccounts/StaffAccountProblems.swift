/// Why a staff-account form was refused, as an error a `Result` can carry.
struct StaffAccountProblems: Error, Equatable {
    /// Every problem, in the order the page lists them.
    var problems: [StaffAccountProblem]
}
