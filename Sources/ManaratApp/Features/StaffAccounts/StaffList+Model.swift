import ManaratDomain

extension StaffList {
    /// What the list shows.
    struct Model: Sendable, Equatable {
        /// Every account, by display name.
        var members: [StaffMember]
        /// Every branch, for the branch names.
        var branches: [Branch]
        /// Whether an account was just saved.
        var saved: Bool
    }
}
