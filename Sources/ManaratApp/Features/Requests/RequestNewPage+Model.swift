import Foundation
import ManaratDomain

extension RequestNewPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The applicant.
        var beneficiary: Beneficiary
        /// The active request types.
        var types: [RequestType]
        /// The type chosen, whose form shows.
        var chosen: RequestType?
        /// The form as it stands.
        var form: RequestDataForm
        /// Why the last post was refused.
        var problems: [RequestProblem]
    }
}
