import Foundation
import ManaratDomain

extension BeneficiaryListPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The words searched for; empty for the whole registry.
        var query: String
        var rows: [BeneficiarySummary]
        var page: Int
        var previousPath: String?
        var nextPath: String?
        /// Whether the viewer may register a beneficiary.
        var mayCreate: Bool
    }
}
