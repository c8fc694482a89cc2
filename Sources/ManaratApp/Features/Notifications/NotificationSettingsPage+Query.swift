import Fluent
import Foundation
import ManaratPersistence

extension NotificationSettingsPage.Model {
    /// The beneficiary's stored preference, with what `settings` offers. Someone who never chose
    /// is reached by SMS; a stored preference without a channel is the inbox alone.
    static func query(on database: any Database, beneficiaryID: UUID, settings: NotificationSettings) async throws
        -> Self
    {
        let stored = try await OutboxRepository(database: database).preference(beneficiaryID: beneficiaryID)
        return Self(
            offered: NotificationSettingsForm.offeredChannels(settings), offersEmail: settings.smtp != nil,
            form: NotificationSettingsForm(
                channel: stored.map { $0.channel ?? .portal } ?? .sms, email: stored?.email ?? "",
                optedOut: stored?.optedOut ?? false),
            saved: false, problem: nil)
    }
}
