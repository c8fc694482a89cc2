import Foundation
import ManaratDomain

/// A meeting as called, checked.
struct MeetingDraft: Sendable, Equatable {
    var heldOn: GregorianDay
    var location: String
    /// The quorum in force when it was called.
    var quorum: Int
    var memberIDs: [UUID]
    var requestIDs: [UUID]
}
