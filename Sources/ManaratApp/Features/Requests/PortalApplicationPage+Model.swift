import Foundation
import ManaratDomain

extension PortalApplicationPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The signed-in applicant.
        var beneficiary: Beneficiary
        /// The service applied for.
        var type: RequestType
        /// The draft edited; nil for a new application.
        var requestID: UUID?
        /// The form as it stands.
        var form: RequestDataForm
        /// Why the last post was refused.
        var problems: [RequestProblem]
    }
}
