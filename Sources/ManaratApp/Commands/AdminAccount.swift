import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Creating an administrator, shared by the first run and `create-admin`.
enum AdminAccount {
    static func create(_ app: Application, username: String, displayName: String, password: String, mustChange: Bool)
        async throws -> StaffMember
    {
        let configuration = app.manarat.configuration
        let hash = try await app.threadPool.runIfActive { try Bcrypt.hash(password, cost: configuration.bcryptCost) }
        let id = configuration.ids.next()
        let now = configuration.clock.now()
        let draft = StaffDraft(
            username: username, displayName: displayName, roles: [.admin], branchID: nil, isActive: true)
        return try await app.db.writeTransaction { db in
            let member = try await StaffRepository(database: db).create(
                id: id, draft: draft, passwordHash: hash, mustChangePassword: mustChange, at: now)
            try await AuditLog(database: db).append(
                AuditEvent(
                    actorID: nil, actorName: "system", actingRole: nil, action: .staffCreate, recordType: .staff,
                    recordID: id.uuidString, summary: "administrator \(username) created from the command line",
                    clientIP: nil), at: now)
            return member
        }
    }
}
