import Fluent
import Foundation
import ManaratPersistence

extension StaffEditor.Model {
    /// The editor for `memberID` holding `form`, with every branch to choose from.
    static func query(
        on database: any Database, memberID: UUID?, form: StaffAccountForm, problems: [StaffAccountProblem] = []
    ) async throws -> Self {
        Self(
            memberID: memberID, form: form, branches: try await BranchRepository(database: database).all(),
            problems: problems)
    }
}
