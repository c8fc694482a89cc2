extension VolunteerApplicationPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// Whether it is the public form (with its introduction and privacy note) rather than the staff's.
        var isPublic: Bool
        /// The form as it stands.
        var form: VolunteerForm
        /// What was wrong with the last post.
        var problems: [VolunteerProblem]
    }
}
