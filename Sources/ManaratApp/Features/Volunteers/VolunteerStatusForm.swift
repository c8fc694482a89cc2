import ManaratDomain
import Vapor

/// The status a manager moves an application to, from the buttons on the volunteer's page.
struct VolunteerStatusForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case status
    }

    var status: String?

    /// The status chosen; nil for one the buttons never send.
    var chosen: VolunteerStatus? { status.flatMap(VolunteerStatus.init(rawValue:)) }
}
