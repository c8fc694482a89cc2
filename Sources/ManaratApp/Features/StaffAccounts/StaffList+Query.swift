import Fluent
import ManaratPersistence

extension StaffList.Model {
    /// Every account and branch.
    static func query(on database: any Database, saved: Bool) async throws -> Self {
        Self(
            members: try await StaffAccountRepository(database: database).all(),
            branches: try await BranchRepository(database: database).all(), saved: saved)
    }
}
