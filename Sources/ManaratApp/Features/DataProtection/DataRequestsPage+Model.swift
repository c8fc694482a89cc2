import Foundation
import ManaratDomain

extension DataRequestsPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// One open request and its applicant's name.
        struct Line: Sendable, Equatable {
            var request: DataSubjectRequest
            var name: String
        }

        /// The open requests the viewer's branch may see, soonest due first.
        var requests: [Line]
        /// What was wrong with the last post.
        var problems: [DataProtectionProblem]
    }
}
