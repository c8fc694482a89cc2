import Foundation
import ManaratDomain

/// What the policy library reads and writes: the versions of each document, their files, and
/// who read which. `PolicyStoreRepository` keeps them in the database; service tests keep them in
/// memory.
public protocol PolicyStore: Sendable {
    /// The version in force of each document that has one.
    func currentVersions() async throws -> [PolicyVersion]
    /// The version in force of `kind`.
    func current(_ kind: PolicyDocumentKind) async throws -> PolicyVersion?
    /// Every version of `kind`, newest first.
    func versions(of kind: PolicyDocumentKind) async throws -> [PolicyVersion]
    /// One version.
    func version(id: UUID) async throws -> PolicyVersion?
    /// Keeps `file` (its bytes and media type) and returns its digest.
    func keepFile(_ bytes: [UInt8], mimeType: String, at now: Date) async throws -> String
    /// Publishes a new version: it becomes current and the previous one is kept, read-only.
    func publish(_ version: PolicyVersion) async throws
    /// Records that a staff member read a version, once; false when they had.
    func acknowledge(versionID: UUID, staffID: UUID, at now: Date) async throws -> Bool
    /// Who read a version, and when.
    func acknowledgements(versionID: UUID) async throws -> [UUID: Date]
    /// The versions in force a staff member has not read.
    func unacknowledged(by staffID: UUID) async throws -> [PolicyVersion]
}
