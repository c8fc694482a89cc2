import Fluent
import Foundation
import ManaratDomain

/// `StaffSignInStore` on the database: each write and its audit entry in one write transaction.
public struct StaffSignInRepository: StaffSignInStore {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    public func credentials(username: String) async throws -> StaffCredentials? {
        try await StaffRepository(database: database).credentials(username: username)
    }

    public func credentials(id: UUID) async throws -> StaffCredentials? {
        try await StaffRepository(database: database).credentials(id: id)
    }

    public func recordFailure(staffID: UUID, outcome: LockoutPolicy.Outcome, audit: AuditEvent, at now: Date)
        async throws
    {
        try await database.writeTransaction { db in
            try await StaffRepository(database: db).recordFailedSignIn(id: staffID, outcome: outcome)
            try await AuditLog(database: db).append(audit, at: now)
        }
    }

    public func startSession(
        staffID: UUID, tokenHash: String, replacing presentedHash: String?, clientIP: String?, audit: AuditEvent,
        at now: Date
    ) async throws {
        try await database.writeTransaction { db in
            let sessions = SessionRepository(database: db)
            if let presentedHash { try await sessions.delete(tokenHash: presentedHash) }
            try await sessions.create(tokenHash: tokenHash, staffID: staffID, clientIP: clientIP, at: now)
            try await StaffRepository(database: db).recordSuccessfulSignIn(id: staffID)
            try await AuditLog(database: db).append(audit, at: now)
        }
    }

    public func endSession(id: UUID, audit: AuditEvent, at now: Date) async throws {
        try await database.writeTransaction { db in
            try await SessionRepository(database: db).delete(id: id)
            try await AuditLog(database: db).append(audit, at: now)
        }
    }

    public func changePassword(
        staffID: UUID, passwordHash: String, tokenHash: String, clientIP: String?, audit: AuditEvent, at now: Date
    ) async throws {
        try await database.writeTransaction { db in
            try await StaffRepository(database: db).setPassword(
                id: staffID, passwordHash: passwordHash, mustChange: false, at: now)
            let sessions = SessionRepository(database: db)
            try await sessions.deleteAll(staffID: staffID)
            try await sessions.create(tokenHash: tokenHash, staffID: staffID, clientIP: clientIP, at: now)
            try await AuditLog(database: db).append(audit, at: now)
        }
    }
}
