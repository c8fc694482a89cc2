/// Why a portal form was refused, as an error a `Result` can carry.
struct PortalFormProblems<Problem: Equatable & Sendable>: Error, Equatable {
    /// Every problem, in the order the page lists them.
    var problems: [Problem]
}
