import ManaratDomain

extension CategoryList {
    /// What the list shows.
    struct Model: Sendable, Equatable {
        /// Every category, in display order.
        var categories: [BeneficiaryCategory]
        /// Whether a category was just saved.
        var saved: Bool
    }
}
