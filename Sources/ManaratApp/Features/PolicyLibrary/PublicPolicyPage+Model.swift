import ManaratDomain

extension PublicPolicyPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The version in force.
        var version: PolicyVersion
    }
}
