import ManaratDomain

extension InboxPage {
    /// What the inbox shows.
    struct Model: Sendable, Equatable {
        /// The latest hundred messages, newest first, as they stood before this visit read them.
        var messages: [OutboxEntry]

        /// Whether any message was unread until now.
        var hasUnread: Bool { messages.contains { $0.readAt == nil } }
    }
}
