import Foundation
import ManaratDomain
import ManaratPersistence

/// `NotificationStore` in memory, for service tests that need no database.
public actor InMemoryNotificationStore: NotificationStore {
    /// A beneficiary's stored preference.
    public struct Preference: Sendable, Equatable {
        /// The channel; nil for the inbox alone.
        public var channel: NotificationChannel?
        /// The e-mail address given.
        public var email: String
        /// Whether they opted out.
        public var optedOut: Bool

        /// A preference from its parts.
        public init(channel: NotificationChannel?, email: String, optedOut: Bool) {
            self.channel = channel
            self.email = email
            self.optedOut = optedOut
        }
    }

    /// The outbox entries, by id.
    public private(set) var entries: [UUID: OutboxEntry] = [:]
    /// The templates saved, one per event, channel and language.
    public private(set) var templates: [StoredTemplate] = []
    /// The preferences saved, by beneficiary.
    public private(set) var preferences: [UUID: Preference] = [:]

    /// A store holding `entries`.
    public init(_ entries: [OutboxEntry] = []) {
        for entry in entries { self.entries[entry.id] = entry }
    }

    public func resend(id: UUID, at now: Date) async throws -> Bool {
        guard var entry = entries[id], entry.status == .failed else { return false }
        entry.status = .pending
        entries[id] = entry
        return true
    }

    public func save(_ template: StoredTemplate) async throws {
        templates.removeAll {
            $0.event == template.event && $0.channel == template.channel && $0.language == template.language
        }
        templates.append(template)
    }

    public func markInboxRead(beneficiaryID: UUID, at now: Date) async throws {
        for (id, entry) in entries
        where entry.recipientID == beneficiaryID && entry.channel == .portal && entry.readAt == nil {
            entries[id]?.readAt = now
        }
    }

    public func savePreference(
        beneficiaryID: UUID, channel: NotificationChannel?, email: String, optedOut: Bool, at now: Date
    ) async throws {
        preferences[beneficiaryID] = Preference(channel: channel, email: email, optedOut: optedOut)
    }
}
