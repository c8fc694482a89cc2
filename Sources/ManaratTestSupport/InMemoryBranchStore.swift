import Foundation
import ManaratDomain
import ManaratPersistence

/// `BranchStore` in memory, for service tests that need no database.
public actor InMemoryBranchStore: BranchStore {
    private var branches: [Branch] = []

    /// A store holding `branches` in that order.
    public init(_ branches: [Branch] = []) {
        self.branches = branches
    }

    public func all() async throws -> [Branch] { branches }

    public func find(id: UUID) async throws -> Branch? {
        branches.first { $0.id == id }
    }

    public func codeTaken(_ code: String, except id: UUID?) async throws -> Bool {
        branches.contains { $0.code == code && $0.id != id }
    }

    public func save(_ branch: Branch, at now: Date) async throws {
        if let index = branches.firstIndex(where: { $0.id == branch.id }) {
            branches[index] = branch
        } else {
            branches.append(branch)
        }
    }
}
