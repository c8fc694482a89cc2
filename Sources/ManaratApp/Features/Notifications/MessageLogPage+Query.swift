import Fluent
import ManaratPersistence

extension MessageLogPage.Model {
    /// The latest hundred messages the development sender recorded.
    static func query(on database: any Database) async throws -> Self {
        Self(messages: try await PortalRepository(database: database).messages())
    }
}
