import ManaratDomain

extension SupporterList {
    /// What the list shows.
    struct Model: Sendable, Equatable {
        /// The search as typed, at most 100 characters; empty for every supporter.
        var search: String
        /// The supporters found, by name.
        var supporters: [Supporter]
        /// Whether the reader may add supporters.
        var mayManage: Bool
    }
}
