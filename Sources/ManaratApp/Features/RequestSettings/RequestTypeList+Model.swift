import ManaratDomain

extension RequestTypeList {
    /// What the list shows.
    struct Model: Sendable, Equatable {
        /// Every request type.
        var types: [RequestType]
        /// Whether something was just saved.
        var saved: Bool
    }
}
