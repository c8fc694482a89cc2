import Fluent
import ManaratDomain
import ManaratPersistence

extension OutboxPage.Model {
    /// The latest hundred entries with `status` (all when nil), and the count of each status.
    static func query(on database: any Database, status: OutboxStatus?) async throws -> Self {
        let outbox = OutboxRepository(database: database)
        return Self(
            filter: status, entries: try await outbox.list(status: status, limit: 100),
            counts: try await outbox.countsByStatus())
    }
}
