import Foundation

/// Hours a volunteer worked on a day.
public struct VolunteerHours: Sendable, Equatable, Identifiable {
    /// The entry's identifier.
    public var id: UUID
    /// The volunteer.
    public var volunteerID: UUID
    /// The assignment, if any.
    public var assignmentID: UUID?
    /// The day worked.
    public var workedOn: GregorianDay
    /// Minutes worked (kept in minutes so quarter hours add up exactly).
    public var minutes: Int

    /// Creates an entry.
    public init(id: UUID, volunteerID: UUID, assignmentID: UUID?, workedOn: GregorianDay, minutes: Int) {
        self.id = id
        self.volunteerID = volunteerID
        self.assignmentID = assignmentID
        self.workedOn = workedOn
        self.minutes = minutes
    }
}
