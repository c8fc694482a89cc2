import Foundation

/// A task a volunteer is assigned to.
public struct VolunteerAssignment: Sendable, Equatable, Identifiable {
    /// The assignment's identifier.
    public var id: UUID
    /// The volunteer.
    public var volunteerID: UUID
    /// What the task is.
    public var title: String
    /// The branch it is for.
    public var branchID: UUID?
    /// The first day.
    public var startsOn: GregorianDay
    /// The last day, if known.
    public var endsOn: GregorianDay?

    /// Creates an assignment.
    public init(
        id: UUID, volunteerID: UUID, title: String, branchID: UUID?, startsOn: GregorianDay, endsOn: GregorianDay?
    ) {
        self.id = id
        self.volunteerID = volunteerID
        self.title = title
        self.branchID = branchID
        self.startsOn = startsOn
        self.endsOn = endsOn
    }
}
