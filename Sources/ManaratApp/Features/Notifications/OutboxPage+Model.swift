import ManaratDomain

extension OutboxPage {
    /// What the outbox shows.
    struct Model: Sendable, Equatable {
        /// The status shown, or nil for all.
        var filter: OutboxStatus?
        /// The latest hundred entries with that status, newest first.
        var entries: [OutboxEntry]
        /// How many entries have each status.
        var counts: [OutboxStatus: Int]
    }
}
