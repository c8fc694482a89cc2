import Fluent
import Foundation
import ManaratDomain
import SQLKit

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
        row.id = try database.ids.next()
        row.tokenHash = tokenHash
        row.staffID = staffID
        row.createdAt = now
        row.lastSeenAt = now
        row.clientIP = clientIP
        try await row.create(on: database)
    }

    /// The session whose token hashes to `tokenHash`.
    public func find(tokenHash: String) async throws -> StoredSession? {
        guard let row = try await SessionModel.query(on: database).filter(\.$tokenHash == tokenHash).first() else {
            return nil
        }
        return StoredSession(
            id: row.id!, staffID: row.staffID, beneficiaryID: row.beneficiaryID, createdAt: row.createdAt,
            lastSeenAt: row.lastSeenAt)
    }

    /// Starts a portal session for a beneficiary.
    public func create(tokenHash: String, beneficiaryID: UUID, clientIP: String?, at now: Date) async throws {
        let row = SessionModel()
        row.id = try database.ids.next()
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

    /// The session with this token hash and, for a staff session, its member with their roles and
    /// whether they must change their password: one query for every page a staff member opens,
    /// read as plain columns (Fluent's models are filled by reflection, which showed in profiles).
    public func findWithStaff(tokenHash: String) async throws -> (
        session: StoredSession, staff: (member: StaffMember, mustChangePassword: Bool)?
    )? {
        let sql = database as! any SQLDatabase
        let rows = try await sql.select()
            .column(SQLColumn("id", table: "s")).column(SQLColumn("staff_id", table: "s")).column(
                SQLColumn("beneficiary_id", table: "s")
            )
            .column(SQLColumn("created_at", table: "s")).column(SQLColumn("last_seen_at", table: "s"))
            .column(SQLColumn("username", table: "m")).column(SQLColumn("display_name", table: "m")).column(
                SQLColumn("branch_id", table: "m")
            )
            .column(SQLColumn("is_active", table: "m")).column(SQLColumn("must_change_password", table: "m")).column(
                SQLColumn("role", table: "r")
            )
            .from(SQLAlias(SQLIdentifier(SessionModel.schema), as: SQLIdentifier("s")))
            .join(
                SQLAlias(SQLIdentifier(StaffModel.schema), as: SQLIdentifier("m")), method: SQLJoinMethod.left,
                on: SQLColumn("id", table: "m"), .equal, SQLColumn("staff_id", table: "s")
            )
            .join(
                SQLAlias(SQLIdentifier(StaffRoleModel.schema), as: SQLIdentifier("r")), method: SQLJoinMethod.left,
                on: SQLColumn("staff_id", table: "r"), .equal, SQLColumn("id", table: "m")
            )
            .where(SQLColumn("token_hash", table: "s"), .equal, SQLBind(tokenHash))
            .all()
        guard let first = rows.first else { return nil }
        let session = StoredSession(
            id: try first.decode(column: "id", as: UUID.self),
            staffID: try first.decode(column: "staff_id", as: UUID?.self),
            beneficiaryID: try first.decode(column: "beneficiary_id", as: UUID?.self),
            createdAt: try first.decode(column: "created_at", as: Date.self),
            lastSeenAt: try first.decode(column: "last_seen_at", as: Date.self)
        )
        guard let staffID = session.staffID, let username = try first.decode(column: "username", as: String?.self)
        else { return (session, nil) }
        let roles = Set(
            try rows.compactMap { try $0.decode(column: "role", as: String?.self).flatMap(Role.init(rawValue:)) })
        let member = StaffMember(
            id: staffID, username: username, displayName: try first.decode(column: "display_name", as: String.self),
            roles: roles,
            branchID: try first.decode(column: "branch_id", as: UUID?.self),
            isActive: try first.decode(column: "is_active", as: Bool.self)
        )
        return (session, (member, try first.decode(column: "must_change_password", as: Bool.self)))
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
