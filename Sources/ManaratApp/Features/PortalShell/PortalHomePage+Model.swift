import ManaratDomain

extension PortalHomePage {
    /// What the portal's home shows.
    struct Model: Sendable, Equatable {
        /// The beneficiary's first name, for the greeting.
        var firstName: String
        /// Their requests, newest first.
        var requests: [Request]
        /// Their questions.
        var inquiries: [Inquiry]
        /// Their complaints and suggestions.
        var feedback: [FeedbackRecord]
        /// Their three latest inbox messages.
        var messages: [OutboxEntry]
        /// How many inbox messages are unread.
        var unread: Int
    }
}
