import Fluent
import Foundation
import ManaratDomain

/// Reads and writes beneficiary categories.
public struct CategoryRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Every category in display order.
    public func all() async throws -> [BeneficiaryCategory] {
        try await CategoryModel.query(on: database).sort(\.$sortOrder).sort(\.$code).all().map(Self.category)
    }

    /// The category with this id.
    public func find(id: UUID) async throws -> BeneficiaryCategory? {
        try await CategoryModel.find(id, on: database).map(Self.category)
    }

    /// Whether another category uses `code`.
    public func codeTaken(_ code: String, except id: UUID?) async throws -> Bool {
        var query = CategoryModel.query(on: database).filter(\.$code == code)
        if let id { query = query.filter(\.$id != id) }
        return try await query.count() > 0
    }

    /// Saves a new category or changes to one.
    public func save(_ category: BeneficiaryCategory) async throws {
        let row: CategoryModel
        if let existing = try await CategoryModel.find(category.id, on: database) {
            row = existing
        } else {
            row = CategoryModel()
            row.id = category.id
            row.sortOrder = try await CategoryModel.query(on: database).count() + 1
        }
        row.code = category.code
        row.nameArabic = category.nameArabic
        row.nameEnglish = category.nameEnglish
        row.isActive = category.isActive
        try await row.save(on: database)
    }

    private static func category(_ row: CategoryModel) -> BeneficiaryCategory {
        BeneficiaryCategory(
            id: row.id!, code: row.code, nameArabic: row.nameArabic, nameEnglish: row.nameEnglish,
            isActive: row.isActive)
    }
}
