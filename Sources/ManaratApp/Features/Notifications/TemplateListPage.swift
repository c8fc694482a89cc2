import ManaratDomain

/// The administrators' list of notification wordings: for each event, each edited channel in
/// each language, the wording in force and whether it is the shipped one.
enum TemplateListPage {
    /// One wording in force.
    struct Variant: Sendable, Equatable {
        /// Its event, channel and language.
        var key: TemplateKey
        /// The text in force.
        var body: String
        /// Whether an administrator changed it from the shipped text.
        var isCustom: Bool
    }

    /// One event's wordings.
    struct Event: Sendable, Equatable {
        /// The event.
        var event: NotificationEvent
        /// Its wordings, by channel then language.
        var variants: [Variant]
    }
}
