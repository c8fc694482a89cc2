import Foundation
import ManaratDomain

/// What the notification pages change: a failed message put back in line, a template's wording,
/// the inbox read, a beneficiary's preference. `OutboxRepository` keeps them in the database;
/// service tests keep them in memory.
public protocol NotificationStore: Sendable {
    /// Puts the failed message `id` back in line; false when there is no such failed message.
    func resend(id: UUID, at now: Date) async throws -> Bool
    /// Saves a template's wording, replacing the one stored for its event, channel and language.
    func save(_ template: StoredTemplate) async throws
    /// Marks every inbox message of the beneficiary read.
    func markInboxRead(beneficiaryID: UUID, at now: Date) async throws
    /// Saves how the beneficiary is reached: `channel` nil for the inbox alone.
    func savePreference(beneficiaryID: UUID, channel: NotificationChannel?, email: String, optedOut: Bool, at now: Date)
        async throws
}
