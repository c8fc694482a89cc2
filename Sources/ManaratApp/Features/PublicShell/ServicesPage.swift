import ManaratDomain

/// The public list of services: each active request type with who it is for and what to bring.
enum ServicesPage {
    /// One service as the page lists it.
    struct Service: Sendable, Equatable {
        /// The request type.
        var type: RequestType
        /// The categories it is for; empty when it is for every beneficiary.
        var eligibleCategories: [BeneficiaryCategory]
    }
}
