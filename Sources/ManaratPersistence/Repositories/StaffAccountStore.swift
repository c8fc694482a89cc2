import Foundation
import ManaratDomain

/// Staff accounts as administrators manage them. `StaffAccountRepository` keeps them in the
/// database; service tests keep them in memory.
public protocol StaffAccountStore: Sendable {
    /// Every account, by display name.
    func all() async throws -> [StaffMember]
    /// One account.
    func find(id: UUID) async throws -> StaffMember?
    /// Whether an account other than `id` has `username`.
    func usernameTaken(_ username: String, except id: UUID?) async throws -> Bool
    /// Opens an account whose password someone else set, so it must be changed at first sign-in.
    func create(id: UUID, draft: StaffDraft, passwordHash: String, at now: Date) async throws
    /// Saves an account's details; a deactivated account's sessions end.
    func update(id: UUID, draft: StaffDraft, at now: Date) async throws
    /// Sets a temporary password that must be changed, and ends every session of the account.
    func resetPassword(id: UUID, passwordHash: String, at now: Date) async throws
}
