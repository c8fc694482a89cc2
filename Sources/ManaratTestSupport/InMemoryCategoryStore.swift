import Foundation
import ManaratDomain
import ManaratPersistence

/// `CategoryStore` in memory, for service tests that need no database.
public actor InMemoryCategoryStore: CategoryStore {
    private var categories: [BeneficiaryCategory] = []

    /// A store holding `categories` in that order.
    public init(_ categories: [BeneficiaryCategory] = []) {
        self.categories = categories
    }

    public func all() async throws -> [BeneficiaryCategory] { categories }

    public func find(id: UUID) async throws -> BeneficiaryCategory? {
        categories.first { $0.id == id }
    }

    public func codeTaken(_ code: String, except id: UUID?) async throws -> Bool {
        categories.contains { $0.code == code && $0.id != id }
    }

    public func save(_ category: BeneficiaryCategory) async throws {
        if let index = categories.firstIndex(where: { $0.id == category.id }) {
            categories[index] = category
        } else {
            categories.append(category)
        }
    }
}
