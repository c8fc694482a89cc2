import Fluent
import Foundation
import ManaratDomain

/// `StaffAccountStore` on the database. Call the writes on a write transaction's database, so
/// that an account and its sessions change together.
public struct StaffAccountRepository: StaffAccountStore {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    public func all() async throws -> [StaffMember] {
        try await StaffRepository(database: database).all()
    }

    public func find(id: UUID) async throws -> StaffMember? {
        try await StaffRepository(database: database).find(id: id)
    }

    public func usernameTaken(_ username: String, except id: UUID?) async throws -> Bool {
        try await StaffRepository(database: database).usernameTaken(username, except: id)
    }

    public func create(id: UUID, draft: StaffDraft, passwordHash: String, at now: Date) async throws {
        _ = try await StaffRepository(database: database).create(
            id: id, draft: draft, passwordHash: passwordHash, mustChangePassword: true, at: now)
    }

    public func update(id: UUID, draft: StaffDraft, at now: Date) async throws {
        try await StaffRepository(database: database).update(id: id, draft: draft, at: now)
        if !draft.isActive { try await SessionRepository(database: database).deleteAll(staffID: id) }
    }

    public func resetPassword(id: UUID, passwordHash: String, at now: Date) async throws {
        try await StaffRepository(database: database).setPassword(
            id: id, passwordHash: passwordHash, mustChange: true, at: now)
        try await SessionRepository(database: database).deleteAll(staffID: id)
    }
}
