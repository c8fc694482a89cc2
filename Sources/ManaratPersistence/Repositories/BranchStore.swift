import Foundation
import ManaratDomain

/// The branches. `BranchRepository` keeps them in the database; service tests keep them in memory.
public protocol BranchStore: Sendable {
    /// Every branch, in display order.
    func all() async throws -> [Branch]
    /// One branch.
    func find(id: UUID) async throws -> Branch?
    /// Whether a branch other than `id` has `code`.
    func codeTaken(_ code: String, except id: UUID?) async throws -> Bool
    /// Saves a new branch or replaces one.
    func save(_ branch: Branch, at now: Date) async throws
}
