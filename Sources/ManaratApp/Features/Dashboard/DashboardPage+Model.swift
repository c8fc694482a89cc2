import ManaratDomain

extension DashboardPage {
    /// What the dashboard shows.
    struct Model: Sendable, Equatable {
        /// The figures of the range.
        var figures: DashboardFigures
        /// The filters as typed.
        var filters: DashboardFilterForm
        /// Dates that could not be read.
        var problems: [DashboardFilterProblem]
        /// Every branch, for the branch filter.
        var branches: [Branch]
    }
}
