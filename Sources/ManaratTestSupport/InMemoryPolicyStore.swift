import Foundation
import ManaratDomain
import ManaratPersistence

/// `PolicyStore` in memory, for service tests that need no database.
public actor InMemoryPolicyStore: PolicyStore {
    /// Every version, oldest first.
    public private(set) var published: [PolicyVersion] = []
    /// The files kept, by digest.
    public private(set) var files: [String: [UInt8]] = [:]
    /// Who read which version, and when.
    public private(set) var reads: [UUID: [UUID: Date]] = [:]

    /// An empty library.
    public init() {}

    public func currentVersions() async throws -> [PolicyVersion] { published.filter(\.isCurrent) }

    public func current(_ kind: PolicyDocumentKind) async throws -> PolicyVersion? {
        published.first { $0.kind == kind && $0.isCurrent }
    }

    public func versions(of kind: PolicyDocumentKind) async throws -> [PolicyVersion] {
        published.filter { $0.kind == kind }.reversed()
    }

    public func version(id: UUID) async throws -> PolicyVersion? { published.first { $0.id == id } }

    public func keepFile(_ bytes: [UInt8], mimeType: String, at now: Date) async throws -> String {
        let digest = "file-\(files.count + 1)"
        files[digest] = bytes
        return digest
    }

    public func publish(_ version: PolicyVersion) async throws {
        for index in published.indices where published[index].kind == version.kind {
            published[index].isCurrent = false
        }
        var current = version
        current.isCurrent = true
        published.append(current)
    }

    public func acknowledge(versionID: UUID, staffID: UUID, at now: Date) async throws -> Bool {
        guard reads[versionID]?[staffID] == nil else { return false }
        reads[versionID, default: [:]][staffID] = now
        return true
    }

    public func acknowledgements(versionID: UUID) async throws -> [UUID: Date] { reads[versionID] ?? [:] }

    public func unacknowledged(by staffID: UUID) async throws -> [PolicyVersion] {
        published.filter { $0.isCurrent && reads[$0.id]?[staffID] == nil }
    }
}
