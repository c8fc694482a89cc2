import Foundation
import ManaratDomain
import ManaratPersistence

/// `StaffSignInStore` in memory, for service tests that need no database: accounts, sessions
/// (by the hash of their token) and the audit entries each write carried.
public actor InMemoryStaffSignInStore: StaffSignInStore {
    /// A session as the store keeps it.
    public struct Session: Sendable, Equatable {
        /// Its id.
        public var id: UUID
        /// Whose session it is.
        public var staffID: UUID
        /// The SHA-256 of its token.
        public var tokenHash: String

        /// A session from its parts.
        public init(id: UUID, staffID: UUID, tokenHash: String) {
            self.id = id
            self.staffID = staffID
            self.tokenHash = tokenHash
        }
    }

    /// The accounts, by id.
    public private(set) var accounts: [UUID: StaffCredentials] = [:]
    /// The open sessions.
    public private(set) var sessions: [Session] = []
    /// The audit entries written, oldest first.
    public private(set) var audit: [AuditEvent] = []
    private let ids: IDGenerator

    /// A store holding `accounts` and `sessions`, naming new sessions from `ids`.
    public init(
        _ accounts: [StaffCredentials] = [], sessions: [Session] = [], ids: IDGenerator = .sequential()
    ) {
        for account in accounts { self.accounts[account.member.id] = account }
        self.sessions = sessions
        self.ids = ids
    }

    public func credentials(username: String) async throws -> StaffCredentials? {
        accounts.values.first { $0.member.username == username }
    }

    public func credentials(id: UUID) async throws -> StaffCredentials? {
        accounts[id]
    }

    public func recordFailure(staffID: UUID, outcome: LockoutPolicy.Outcome, audit: AuditEvent, at now: Date)
        async throws
    {
        accounts[staffID]?.failedSignIns = outcome.failures
        if let lockedUntil = outcome.lockedUntil { accounts[staffID]?.lockedUntil = lockedUntil }
        self.audit.append(audit)
    }

    public func startSession(
        staffID: UUID, tokenHash: String, replacing presentedHash: String?, clientIP: String?, audit: AuditEvent,
        at now: Date
    ) async throws {
        if let presentedHash { sessions.removeAll { $0.tokenHash == presentedHash } }
        sessions.append(Session(id: ids.next(), staffID: staffID, tokenHash: tokenHash))
        accounts[staffID]?.failedSignIns = 0
        accounts[staffID]?.lockedUntil = nil
        self.audit.append(audit)
    }

    public func endSession(id: UUID, audit: AuditEvent, at now: Date) async throws {
        sessions.removeAll { $0.id == id }
        self.audit.append(audit)
    }

    public func changePassword(
        staffID: UUID, passwordHash: String, tokenHash: String, clientIP: String?, audit: AuditEvent, at now: Date
    ) async throws {
        accounts[staffID]?.passwordHash = passwordHash
        accounts[staffID]?.mustChangePassword = false
        sessions.removeAll { $0.staffID == staffID }
        sessions.append(Session(id: ids.next(), staffID: staffID, tokenHash: tokenHash))
        self.audit.append(audit)
    }
}
