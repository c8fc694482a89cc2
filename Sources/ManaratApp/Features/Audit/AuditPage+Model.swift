import ManaratDomain

extension AuditPage {
    /// What the audit log page shows.
    struct Model: Sendable, Equatable {
        /// The filters as typed.
        var filters: AuditFilterForm
        /// Every staff member, for the actor filter.
        var actors: [Actor]
        /// The entries of this page, newest first.
        var entries: [AuditRecord]
        /// Whether a later page exists.
        var hasMore: Bool
        /// What was wrong with the filters (the page then lists no entries).
        var problems: [AuditFilterProblem]

        /// The page shown.
        var page: Int { filters.pageNumber }
    }
}
