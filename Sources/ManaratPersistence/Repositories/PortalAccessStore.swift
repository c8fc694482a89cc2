import Foundation
import ManaratDomain

/// What portal sign-in and registration read and write: files by identity, one-time codes,
/// sessions and their audit entries. Each write that changes more than one thing saves all of
/// it or nothing.
public protocol PortalAccessStore: Sendable {
    /// The file holding `identity`, if any.
    func beneficiary(identity: IdentityNumber) async throws -> Beneficiary?
    /// Stores a new code (its hash only), valid until `expiresAt`.
    func storeCode(_ code: PortalCode, at now: Date) async throws
    /// The code `id`, if there is one.
    func code(id: UUID) async throws -> PortalCode?
    /// Uses the code `codeID` once: consumes it, opens a session for `beneficiaryID` under
    /// `tokenHash`, forgets the failures counted under `failureKey` and writes `audit`.
    func openSession(
        codeID: UUID, beneficiaryID: UUID, tokenHash: String, clientIP: String?, failureKey: String,
        audit: AuditEvent, at now: Date) async throws
    /// Ends the portal session `id`, with its audit entry.
    func endSession(id: UUID, audit: AuditEvent, at now: Date) async throws
    /// Opens a new file: `make` receives the next file number. Fails with
    /// `RegistryConflict.identityTaken` when the identity has a file already.
    func register(
        _ make: @escaping @Sendable (_ fileNumber: String) -> Beneficiary, consent: ConsentRecord, audit: AuditEvent,
        at now: Date) async throws
    /// Writes an audit entry that goes with no change.
    func record(_ audit: AuditEvent, at now: Date) async throws
}
