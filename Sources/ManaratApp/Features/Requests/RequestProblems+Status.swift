import Vapor

extension RequestProblems {
    /// The status of the first problem, which the page lists first.
    var status: HTTPResponseStatus { problems.first?.status ?? .unprocessableEntity }
}
