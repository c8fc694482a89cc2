import ManaratDomain

extension InquiryListPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// One open inquiry with its asker's and assignee's names.
        struct Row: Sendable, Equatable {
            var inquiry: Inquiry
            var name: String
            /// Whom it is assigned or referred to.
            var assignee: String?
        }

        /// Whether the list is the viewer's own.
        var mine: Bool
        var rows: [Row]
    }
}
