import Foundation
import ManaratDomain
import ManaratPersistence

/// What the notification pages do, given the store and the clock, and with each call its ids and
/// actor. It holds no request; a controller builds it on the audited transaction's database, a
/// test on an in-memory store with a pinned clock.
struct NotificationsService: Sendable {
    let store: any NotificationStore
    let clock: WallClock

    /// Puts the failed message `id` back in line; false when there is no such failed message.
    func resend(_ id: UUID) async throws -> Bool {
        try await store.resend(id: id, at: clock.now())
    }

    /// Saves `draft` as the wording of `key`, written by `editor` now.
    func saveTemplate(_ draft: TemplateDraft, for key: TemplateKey, editor: String) async throws {
        try await store.save(
            StoredTemplate(
                event: key.event, channel: key.channel, language: key.language, subject: draft.subject,
                body: draft.body, updatedBy: editor, updatedAt: clock.now()))
    }

    /// Marks the beneficiary's inbox read.
    func markInboxRead(beneficiaryID: UUID) async throws {
        try await store.markInboxRead(beneficiaryID: beneficiaryID, at: clock.now())
    }

    /// Saves how the beneficiary chose to be reached; the inbox alone is stored as no channel.
    func savePreference(_ choice: NotificationChoice, for beneficiaryID: UUID) async throws {
        try await store.savePreference(
            beneficiaryID: beneficiaryID, channel: choice.channel == .portal ? nil : choice.channel,
            email: choice.email, optedOut: choice.optedOut, at: clock.now())
    }
}
