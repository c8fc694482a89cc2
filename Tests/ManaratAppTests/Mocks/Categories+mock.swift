import Foundation
import ManaratDomain

@testable import ManaratApp

extension BeneficiaryCategory {
    /// Widows, active.
    static let mockWidows = ServicesPage.Model.mock.services[0].eligibleCategories[0]
    /// Orphans, no longer offered.
    static let mockOrphansRetired: BeneficiaryCategory = {
        var category = ServicesPage.Model.mock.services[0].eligibleCategories[1]
        category.isActive = false
        return category
    }()
}
