import Fluent
import Foundation
import ManaratDomain

/// Loads the beneficiary categories the policy's glossary names, so a new installation can
/// register beneficiaries at once; administrators rename, add or retire them afterwards.
struct M0010_SeedStandardCategories: AsyncMigration {
    static let standard: [(code: String, arabic: String, english: String)] = [
        ("orphans", "أيتام", "Orphans"),
        ("widows", "أرامل", "Widows"),
        ("divorced-women", "مطلقات", "Divorced women"),
        ("elderly", "مسنون", "Elderly"),
        ("disabilities", "ذوو الإعاقة", "People with disabilities"),
        ("low-income", "أسر محدودة الدخل", "Low-income families"),
        ("patients", "مرضى", "Patients"),
        ("prisoners-families", "أسر السجناء", "Prisoners' families"),
    ]

    func prepare(on database: any Database) async throws {
        for (position, category) in Self.standard.enumerated() {
            let row = CategoryModel()
            row.id = UUID()
            row.code = category.code
            row.nameArabic = category.arabic
            row.nameEnglish = category.english
            row.isActive = true
            row.sortOrder = position + 1
            try await row.create(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await CategoryModel.query(on: database).filter(\.$code ~~ Self.standard.map(\.code)).delete()
    }
}
