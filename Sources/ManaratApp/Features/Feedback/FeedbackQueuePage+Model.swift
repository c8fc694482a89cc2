import ManaratDomain

extension FeedbackQueuePage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The open items the reader may work on, by due day.
        var items: [FeedbackRecord]
        /// What was wrong with the last item recorded; the recording form opens when there is any.
        var problems: [FeedbackProblem]
    }
}
