import Vapor

extension RequestProblem {
    /// The status a page refused for this problem answers with.
    var status: HTTPResponseStatus {
        switch self {
        case .changedBySomeoneElse, .staleRequest, .alreadyRated: return .conflict
        case .conflict, .notYourResearch: return .forbidden
        default: return .unprocessableEntity
        }
    }
}
