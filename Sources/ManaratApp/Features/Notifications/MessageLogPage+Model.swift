import ManaratDomain

extension MessageLogPage {
    /// What the message log shows.
    struct Model: Sendable, Equatable {
        /// The latest messages, newest first.
        var messages: [SentMessage]
    }
}
