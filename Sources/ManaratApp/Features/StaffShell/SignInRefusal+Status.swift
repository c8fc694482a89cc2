import Vapor

extension SignInRefusal {
    /// The status the refused page is sent with.
    var status: HTTPResponseStatus {
        switch self {
        case .invalid: return .unauthorized
        case .locked: return .forbidden
        case .rateLimited: return .tooManyRequests
        }
    }
}
