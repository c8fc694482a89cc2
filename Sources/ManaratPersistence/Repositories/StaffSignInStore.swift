import Foundation
import ManaratDomain

/// What staff sign-in reads and writes: accounts, their sessions and failures. Each write
/// carries its audit entry and saves both or neither.
public protocol StaffSignInStore: Sendable {
    /// The account signing in as `username` (already normalized), if there is one.
    func credentials(username: String) async throws -> StaffCredentials?
    /// The account `id`, with its password hash.
    func credentials(id: UUID) async throws -> StaffCredentials?
    /// Counts a failed sign-in of account `staffID` as `outcome` decided.
    func recordFailure(staffID: UUID, outcome: LockoutPolicy.Outcome, audit: AuditEvent, at now: Date) async throws
    /// Opens a session for `staffID` under `tokenHash`, ending the session `presentedHash` (the
    /// browser's earlier one, if any), and clears the account's failures.
    func startSession(
        staffID: UUID, tokenHash: String, replacing presentedHash: String?, clientIP: String?, audit: AuditEvent,
        at now: Date) async throws
    /// Ends the session `id`.
    func endSession(id: UUID, audit: AuditEvent, at now: Date) async throws
    /// Sets the account's own new password, ends every session it has and opens one under
    /// `tokenHash` for the browser that changed it.
    func changePassword(
        staffID: UUID, passwordHash: String, tokenHash: String, clientIP: String?, audit: AuditEvent, at now: Date)
        async throws
}
