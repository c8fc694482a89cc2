import Foundation
import ManaratDomain

extension PortalRequestPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        var file: RequestFile
        /// What keeps the request from complete registration.
        var missing: [IntakeProblem]
        /// The stopped clock, while the request waits on the applicant.
        var clock: PausedClock?
        /// Whether the applicant has just submitted it.
        var justSubmitted: Bool
        var events: [RequestEventRecord]
        var deliveries: [DeliveryRecord]
        /// The applicant's rating, once given.
        var rating: ServiceRating?
        /// Why the last action was refused.
        var problems: [RequestProblem]
    }
}
