import ManaratDomain

extension HolidaysPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// One holiday day.
        struct Holiday: Sendable, Equatable {
            var day: GregorianDay
            var name: String
        }

        /// The holidays, by day.
        var holidays: [Holiday]
        /// What was wrong with the last post.
        var problems: [RequestSettingsProblem]
    }
}
