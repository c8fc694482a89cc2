import Foundation
import ManaratDomain

extension RequestPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        var file: RequestFile
        /// What keeps the request from complete registration.
        var missing: [IntakeProblem]
        /// The steps the state machine allows now.
        var allowed: [RequestEvent]
        var events: [RequestEventRecord]
        var deliveries: [DeliveryRecord]
        /// The active researchers a request may be referred to, with their open requests.
        var researchers: [ResearcherLoad]
        var staffRoles: Set<Role>
        var staffID: UUID?
        var branchName: String?
        /// Why the last action was refused.
        var problems: [RequestProblem]
        var saved: Bool
        /// The stopped clock, while the request waits on the applicant.
        var clock: PausedClock?
        /// The needs assessment inputs the research form shows, when the viewer may write the report.
        var needsForm: NeedsForm?
    }

    /// A researcher and the requests they have in research.
    struct ResearcherLoad: Sendable, Equatable {
        var id: UUID
        var name: String
        var openRequests: Int
    }
}
