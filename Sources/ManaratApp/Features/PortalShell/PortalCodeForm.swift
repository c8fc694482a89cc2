import Vapor

/// The one-time code as posted.
struct PortalCodeForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case code
    }

    var code: String?
}
