import ManaratDomain

extension VolunteerPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        var volunteer: Volunteer
        /// Their assignments, newest first.
        var assignments: [VolunteerAssignment]
        /// Their logged hours, newest first.
        var hours: [VolunteerHours]
        /// Their contacts, newest first, each with the name of the staff member who recorded it.
        var contacts: [ContactLine]
        /// Every branch, to name an assignment's and to offer for a new one.
        var branches: [Branch]
        /// Whether the reader may move the application, give tasks, log hours and contacts.
        var mayManage: Bool
        /// Whether something was just saved.
        var saved: Bool

        /// The most recent hours the page lists.
        static let hoursShown = 30

        /// Every minute logged, all told.
        var totalMinutes: Int { hours.map(\.minutes).reduce(0, +) }
    }
}
