import Foundation
import ManaratDomain

@testable import ManaratApp

extension ServicesPage.Model {
    /// Two services: rent support for two categories with a lease that must be valid, and food
    /// baskets for everyone.
    static let mock = ServicesPage.Model(services: [
        ServicesPage.Service(
            type: RequestType(
                id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f1")!, code: "rent", nameArabic: "دعم الإيجار",
                nameEnglish: "Rent support", descriptionArabic: "مساعدة في سداد إيجار السكن.",
                descriptionEnglish: "Help paying the rent of one's home.", requiredFields: [],
                requiredDocuments: [
                    DocumentRequirement(kind: .identityCopy, mustBeValidAtSubmission: true),
                    DocumentRequirement(kind: .lease, mustBeValidAtSubmission: true),
                ],
                eligibleCategoryIDs: [], serviceKinds: [.cash], isActive: true),
            eligibleCategories: [
                BeneficiaryCategory(
                    id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f2")!, code: "widows",
                    nameArabic: "الأرامل", nameEnglish: "Widows", isActive: true),
                BeneficiaryCategory(
                    id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f3")!, code: "orphans",
                    nameArabic: "الأيتام", nameEnglish: "Orphans", isActive: true),
            ]),
        ServicesPage.Service(
            type: RequestType(
                id: UUID(uuidString: "00000000-0000-4000-8000-0000000000f4")!, code: "food", nameArabic: "سلة غذائية",
                nameEnglish: "Food basket", descriptionArabic: "سلة شهرية من المواد الغذائية الأساسية.",
                descriptionEnglish: "A monthly basket of basic food.", requiredFields: [],
                requiredDocuments: [DocumentRequirement(kind: .familyRecord, mustBeValidAtSubmission: false)],
                eligibleCategoryIDs: [], serviceKinds: [.inKind], isActive: true),
            eligibleCategories: []),
    ])
}
