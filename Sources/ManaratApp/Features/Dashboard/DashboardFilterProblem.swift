import ManaratDomain

/// A date filter the dashboard could not read.
struct DashboardFilterProblem: Sendable, Equatable {
    /// Which date.
    var field: DashboardFilterForm.Field
    /// Why.
    var error: DateInputError
}
