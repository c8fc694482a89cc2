import Foundation
import ManaratDomain
import ManaratPersistence

/// `StaffAccountStore` in memory, for service tests that need no database.
public actor InMemoryStaffAccountStore: StaffAccountStore {
    /// An account as stored.
    public struct Account: Sendable, Equatable {
        /// The account.
        public var member: StaffMember
        /// Its password's hash.
        public var passwordHash: String
        /// Whether the password must be changed at the next sign-in.
        public var mustChange: Bool
    }

    /// The accounts, by id.
    public private(set) var accounts: [UUID: Account] = [:]
    /// The accounts whose sessions were ended, in order.
    public private(set) var sessionsEnded: [UUID] = []

    /// A store holding `members`, each with no password set.
    public init(_ members: [StaffMember] = []) {
        for member in members { accounts[member.id] = Account(member: member, passwordHash: "", mustChange: false) }
    }

    public func all() async throws -> [StaffMember] {
        accounts.values.map(\.member).sorted { $0.displayName < $1.displayName }
    }

    public func find(id: UUID) async throws -> StaffMember? {
        accounts[id]?.member
    }

    public func usernameTaken(_ username: String, except id: UUID?) async throws -> Bool {
        accounts.values.contains { $0.member.username == username && $0.member.id != id }
    }

    public func create(id: UUID, draft: StaffDraft, passwordHash: String, at now: Date) async throws {
        accounts[id] = Account(member: Self.member(id, draft), passwordHash: passwordHash, mustChange: true)
    }

    public func update(id: UUID, draft: StaffDraft, at now: Date) async throws {
        accounts[id]?.member = Self.member(id, draft)
        if !draft.isActive { sessionsEnded.append(id) }
    }

    public func resetPassword(id: UUID, passwordHash: String, at now: Date) async throws {
        accounts[id]?.passwordHash = passwordHash
        accounts[id]?.mustChange = true
        sessionsEnded.append(id)
    }

    private static func member(_ id: UUID, _ draft: StaffDraft) -> StaffMember {
        StaffMember(
            id: id, username: draft.username, displayName: draft.displayName, roles: draft.roles,
            branchID: draft.branchID, isActive: draft.isActive)
    }
}
