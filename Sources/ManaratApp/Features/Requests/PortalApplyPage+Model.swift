import ManaratDomain

extension PortalApplyPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The signed-in applicant, whose categories decide what they may apply for.
        var beneficiary: Beneficiary
        /// The active request types.
        var types: [RequestType]
    }
}
