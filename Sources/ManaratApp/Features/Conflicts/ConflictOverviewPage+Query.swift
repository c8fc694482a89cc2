import Fluent
import ManaratPersistence

extension ConflictOverviewPage.Model {
    /// Every recusal and declaration, with the names and references they point to.
    static func query(on database: any Database) async throws -> Self {
        let conflicts = ConflictRepository(database: database)
        let recusals = try await conflicts.recusals()
        return Self(
            recusals: recusals, declarations: try await conflicts.allDeclarations(),
            references: try await RequestRepository(database: database).references(of: recusals.map(\.requestID)),
            staffNames: Dictionary(
                uniqueKeysWithValues: try await StaffRepository(database: database).all().map {
                    ($0.id, $0.displayName)
                }))
    }
}
