import Foundation
import ManaratDomain

/// The beneficiary categories. `CategoryRepository` keeps them in the database; service tests
/// keep them in memory.
public protocol CategoryStore: Sendable {
    /// Every category, in display order.
    func all() async throws -> [BeneficiaryCategory]
    /// One category.
    func find(id: UUID) async throws -> BeneficiaryCategory?
    /// Whether a category other than `id` has `code`.
    func codeTaken(_ code: String, except id: UUID?) async throws -> Bool
    /// Saves a new category or replaces one.
    func save(_ category: BeneficiaryCategory) async throws
}
