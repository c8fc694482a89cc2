import Foundation
import ManaratDomain

extension CommitteeQueuePage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The requests waiting for the committee, soonest due first.
        var queue: [RequestSummary]
        /// The latest meetings.
        var meetings: [CommitteeMeeting]
        /// The request types' names in the viewer's language.
        var typeNames: [UUID: String]
        /// Whether the viewer may call a meeting.
        var mayOrganize: Bool
    }
}
