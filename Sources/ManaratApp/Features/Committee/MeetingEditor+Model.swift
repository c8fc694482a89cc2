import Foundation
import ManaratDomain

extension MeetingEditor {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The form as it stands.
        var form: MeetingForm
        /// The committee's active members.
        var committee: [StaffMember]
        /// The requests waiting for the committee, soonest due first.
        var queue: [RequestSummary]
        /// What was wrong with the last post.
        var problems: [CommitteeProblem]
    }
}
