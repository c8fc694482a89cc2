extension TemplateListPage {
    /// What the template list shows.
    struct Model: Sendable, Equatable {
        /// Every event, in the order the events are declared.
        var events: [Event]
    }
}
