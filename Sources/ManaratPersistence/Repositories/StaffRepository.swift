import Fluent
import Foundation
import ManaratDomain

/// Reads and writes staff accounts.
public struct StaffRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// How many staff accounts exist.
    public func count() async throws -> Int {
        try await StaffModel.query(on: database).count()
    }

    /// The account with this username, with its credentials.
    public func credentials(username: String) async throws -> StaffCredentials? {
        guard
            let row = try await StaffModel.query(on: database).filter(\.$username == username).with(\.$roleRows).first()
        else {
            return nil
        }
        return Self.credentials(from: row)
    }

    /// The account with this id, with its credentials.
    public func credentials(id: UUID) async throws -> StaffCredentials? {
        guard let row = try await StaffModel.query(on: database).filter(\.$id == id).with(\.$roleRows).first() else {
            return nil
        }
        return Self.credentials(from: row)
    }

    /// The account with this id.
    public func find(id: UUID) async throws -> StaffMember? {
        try await credentials(id: id)?.member
    }

    /// Every account, ordered by name.
    public func all() async throws -> [StaffMember] {
        try await StaffModel.query(on: database).with(\.$roleRows).sort(\.$displayName).all().map {
            Self.credentials(from: $0).member
        }
    }

    /// Whether another account already uses `username`.
    public func usernameTaken(_ username: String, except id: UUID? = nil) async throws -> Bool {
        var query = StaffModel.query(on: database).filter(\.$username == username)
        if let id { query = query.filter(\.$id != id) }
        return try await query.count() > 0
    }

    /// Creates an account with a bcrypt `passwordHash`.
    public func create(id: UUID, draft: StaffDraft, passwordHash: String, mustChangePassword: Bool, at now: Date)
        async throws -> StaffMember
    {
        let row = StaffModel()
        row.id = id
        row.username = draft.username
        row.displayName = draft.displayName
        row.passwordHash = passwordHash
        row.branchID = draft.branchID
        row.isActive = draft.isActive
        row.mustChangePassword = mustChangePassword
        row.failedSignIns = 0
        row.lockedUntil = nil
        row.createdAt = now
        row.updatedAt = now
        try await row.create(on: database)
        try await replaceRoles(of: id, with: draft.roles)
        return StaffMember(
            id: id, username: draft.username, displayName: draft.displayName, roles: draft.roles,
            branchID: draft.branchID, isActive: draft.isActive)
    }

    /// Updates an account's fields and roles.
    public func update(id: UUID, draft: StaffDraft, at now: Date) async throws {
        guard let row = try await StaffModel.find(id, on: database) else { return }
        row.username = draft.username
        row.displayName = draft.displayName
        row.branchID = draft.branchID
        row.isActive = draft.isActive
        row.updatedAt = now
        try await row.update(on: database)
        try await replaceRoles(of: id, with: draft.roles)
    }

    /// Sets a new password hash; `mustChange` when someone other than the holder set it.
    public func setPassword(id: UUID, passwordHash: String, mustChange: Bool, at now: Date) async throws {
        guard let row = try await StaffModel.find(id, on: database) else { return }
        row.passwordHash = passwordHash
        row.mustChangePassword = mustChange
        row.failedSignIns = 0
        row.lockedUntil = nil
        row.updatedAt = now
        try await row.update(on: database)
    }

    /// Records the outcome of a failed sign-in.
    public func recordFailedSignIn(id: UUID, outcome: LockoutPolicy.Outcome) async throws {
        guard let row = try await StaffModel.find(id, on: database) else { return }
        row.failedSignIns = outcome.failures
        if let lockedUntil = outcome.lockedUntil { row.lockedUntil = lockedUntil }
        try await row.update(on: database)
    }

    /// Clears failures after a successful sign-in.
    public func recordSuccessfulSignIn(id: UUID) async throws {
        guard let row = try await StaffModel.find(id, on: database) else { return }
        guard row.failedSignIns != 0 || row.lockedUntil != nil else { return }
        row.failedSignIns = 0
        row.lockedUntil = nil
        try await row.update(on: database)
    }

    private func replaceRoles(of id: UUID, with roles: Set<Role>) async throws {
        try await StaffRoleModel.query(on: database).filter(\.$staff.$id == id).delete()
        for role in roles.sorted() {
            try await StaffRoleModel(id: try database.ids.next(), staffID: id, role: role).create(on: database)
        }
    }

    private static func credentials(from row: StaffModel) -> StaffCredentials {
        let roles = Set(row.roleRows.compactMap { Role(rawValue: $0.role) })
        let member = StaffMember(
            id: row.id!, username: row.username, displayName: row.displayName, roles: roles, branchID: row.branchID,
            isActive: row.isActive)
        return StaffCredentials(
            member: member, passwordHash: row.passwordHash, failedSignIns: row.failedSignIns,
            lockedUntil: row.lockedUntil, mustChangePassword: row.mustChangePassword)
    }
}
