import Fluent
import Foundation
import ManaratDomain

/// `PolicyStore` in the database: the policy repository and the document store on one connection.
public struct PolicyStoreRepository: PolicyStore {
    let database: any Database

    /// A store on `database`.
    public init(database: any Database) {
        self.database = database
    }

    public func currentVersions() async throws -> [PolicyVersion] {
        try await PolicyRepository(database: database).currentVersions()
    }

    public func current(_ kind: PolicyDocumentKind) async throws -> PolicyVersion? {
        try await PolicyRepository(database: database).current(kind)
    }

    public func versions(of kind: PolicyDocumentKind) async throws -> [PolicyVersion] {
        try await PolicyRepository(database: database).versions(of: kind)
    }

    public func version(id: UUID) async throws -> PolicyVersion? {
        try await PolicyRepository(database: database).version(id: id)
    }

    public func keepFile(_ bytes: [UInt8], mimeType: String, at now: Date) async throws -> String {
        try await DocumentStore(database: database).put(bytes, mimeType: mimeType, at: now).sha256
    }

    public func publish(_ version: PolicyVersion) async throws {
        try await PolicyRepository(database: database).publish(version)
    }

    public func acknowledge(versionID: UUID, staffID: UUID, at now: Date) async throws -> Bool {
        try await PolicyRepository(database: database).acknowledge(versionID: versionID, staffID: staffID, at: now)
    }

    public func acknowledgements(versionID: UUID) async throws -> [UUID: Date] {
        try await PolicyRepository(database: database).acknowledgements(versionID: versionID)
    }

    public func unacknowledged(by staffID: UUID) async throws -> [PolicyVersion] {
        try await PolicyRepository(database: database).unacknowledged(by: staffID)
    }
}
