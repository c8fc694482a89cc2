/// Why the audit log's filters were refused, as an error a `Result` can carry.
struct AuditFilterProblems: Error, Equatable {
    /// Every problem, in the order the page lists them.
    var problems: [AuditFilterProblem]
}
