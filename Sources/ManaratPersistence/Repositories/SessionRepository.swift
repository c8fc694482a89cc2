import Fluent
import Foundation

/// A stored session as the session middleware needs it.
public struct StoredSession: Sendable, Equatable {
    /// The row's id.
    public var id: UUID
    /// The signed-in staff member.
    public var staffID: UUID?
    /// The signed-in beneficiary, for portal sessions.
    public var beneficiaryID: UUID?
    /// When the session began (at sign-in).
    public var createdAt: Date
    /// When it was last used, to the touch interval.
    public var lastSeenAt: Date
}

/// Reads and writes sessions by the SHA-256 of their cookie token.
public struct SessionRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Starts a session for a staff member.
    public func create(tokenHash: String, staffID: UUID, clientIP: String?, at now: Date) async throws {
        let row = SessionModel()
        row.id = UUID()
        row.tokenHash = tokenHash
        row.staffID = staffID
        row.createdAt = now
        row.lastSeenAt = now
        row.clientIP = clientIP
        try await row.create(on: database)
    }

    /// The session whose token hashes to `tokenHash`.
    public func find(tokenHash: String) async throws -> StoredSession? {
        guard let row = try await SessionModel.query(on: database).filter(\.$tokenHash == tokenHash).first() else { return nil }
        return StoredSession(id: row.id!, staffID: row.staffID, beneficiaryID: row.beneficiaryID, createdAt: row.createdAt, lastSeenAt: row.lastSeenAt)
    }

    /// Starts a portal session for a beneficiary.
    public func create(tokenHash: String, beneficiaryID: UUID, clientIP: String?, at now: Date) async throws {
        let row = SessionModel()
        row.id = UUID()
        row.tokenHash = tokenHash
        row.beneficiaryID = beneficiaryID
        row.createdAt = now
        row.lastSeenAt = now
        row.clientIP = clientIP
        try await row.create(on: database)
    }

    /// Ends every portal session of a beneficiary.
    public func deleteAll(beneficiaryID: UUID) async throws {
        try await SessionModel.query(on: database).filter(\.$beneficiaryID == beneficiaryID).delete()
    }

    /// Records that the session was used at `now`.
    public func touch(id: UUID, at now: Date) async throws {
        try await SessionModel.query(on: database).filter(\.$id == id).set(\.$lastSeenAt, to: now).update()
    }

    /// Ends one session.
    public func delete(tokenHash: String) async throws {
        try await SessionModel.query(on: database).filter(\.$tokenHash == tokenHash).delete()
    }

    /// Ends one session by id.
    public func delete(id: UUID) async throws {
        try await SessionModel.query(on: database).filter(\.$id == id).delete()
    }

    /// Ends every session of a staff member (after a password change or deactivation).
    public func deleteAll(staffID: UUID) async throws {
        try await SessionModel.query(on: database).filter(\.$staffID == staffID).delete()
    }

    /// Removes sessions unused since `cutoff`.
    public func purge(lastSeenBefore cutoff: Date) async throws {
        try await SessionModel.query(on: database).filter(\.$lastSeenAt < cutoff).delete()
    }
}
