import ManaratDomain

extension PortalFeedbackPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The beneficiary's item.
        var item: FeedbackRecord
    }
}
