import Foundation
import ManaratDomain

extension MeetingPage {
    /// What the meeting page and its minutes show.
    struct Model: Sendable, Equatable {
        var meeting: CommitteeMeeting
        /// The members present.
        var members: [StaffMember]
        /// The agenda, each request with its votes.
        var items: [MeetingItem]
        /// The viewer.
        var staffID: UUID?
        /// Whether the viewer was present, and so votes and decides.
        var isMember: Bool
        /// Why the last vote or decision was refused.
        var problems: [CommitteeProblem]
    }
}
