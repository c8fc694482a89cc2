import ManaratDomain

extension BranchList {
    /// What the list shows.
    struct Model: Sendable, Equatable {
        /// Every branch, in display order.
        var branches: [Branch]
        /// Whether a branch was just saved.
        var saved: Bool
    }
}
