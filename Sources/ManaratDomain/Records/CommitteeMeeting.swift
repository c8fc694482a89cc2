import Foundation

/// A committee meeting (اجتماع اللجنة): when, where, who was present, what it considered.
public struct CommitteeMeeting: Sendable, Equatable, Identifiable {
    /// The meeting's identifier.
    public var id: UUID
    /// Its running number, used in the minutes.
    public var number: Int
    /// The day it was held.
    public var heldOn: GregorianDay
    /// Where.
    public var location: String
    /// How many members make a quorum.
    public var quorum: Int
    /// The members present.
    public var memberIDs: [UUID]
    /// The requests on its agenda.
    public var requestIDs: [UUID]

    /// A value from its parts.
    public init(
        id: UUID,
        number: Int,
        heldOn: GregorianDay,
        location: String,
        quorum: Int,
        memberIDs: [UUID],
        requestIDs: [UUID]
    ) {
        self.id = id
        self.number = number
        self.heldOn = heldOn
        self.location = location
        self.quorum = quorum
        self.memberIDs = memberIDs
        self.requestIDs = requestIDs
    }
}
