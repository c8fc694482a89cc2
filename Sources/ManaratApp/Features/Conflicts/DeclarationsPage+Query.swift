import Foundation
import ManaratPersistence

extension DeclarationsPage.Model {
    /// `staffID`'s active declarations.
    static func query(_ store: any ConflictStore, staffID: UUID, problems: [DeclarationProblem] = []) async throws
        -> Self
    {
        Self(declarations: try await store.declarations(of: staffID), problems: problems)
    }
}
