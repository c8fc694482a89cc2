import ManaratDomain

extension VolunteerList {
    /// What the list shows.
    struct Model: Sendable, Equatable {
        /// The status shown; nil for every volunteer.
        var status: VolunteerStatus?
        /// The volunteers, newest application first.
        var volunteers: [Volunteer]
        /// Whether the reader may record volunteers.
        var mayManage: Bool
    }
}
