import Fluent
import Foundation
import ManaratPersistence

extension InboxPage.Model {
    /// The beneficiary's latest hundred inbox messages.
    static func query(on database: any Database, beneficiaryID: UUID) async throws -> Self {
        Self(messages: try await OutboxRepository(database: database).inbox(beneficiaryID: beneficiaryID, limit: 100))
    }
}
