import Fluent
import Foundation
import ManaratDomain

/// Conflict-of-interest declarations and recusals.
public struct ConflictRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// A staff member's active declarations.
    public func declarations(of staffID: UUID) async throws -> [DeclarationRecord] {
        let protection = try database.protection
        return try await StaffDeclarationModel.query(on: database).filter(\.$staffID == staffID).filter(
            \.$isActive == true
        ).sort(\.$createdAt).all().map { try Self.record($0, protection: protection) }
    }

    /// Every active declaration, for administrators.
    public func allDeclarations() async throws -> [DeclarationRecord] {
        let protection = try database.protection
        return try await StaffDeclarationModel.query(on: database).filter(\.$isActive == true).sort(
            \.$createdAt, .descending
        ).all().map { try Self.record($0, protection: protection) }
    }

    /// The staff member's declaration as the conflict rule reads it.
    public func declaration(of staffID: UUID) async throws -> StaffDeclaration {
        let records = try await declarations(of: staffID)
        return StaffDeclaration(
            staffID: staffID,
            relativeIdentityNumbers: Set(records.filter { $0.relation != "self" }.map(\.identityNumber)),
            ownIdentityNumber: records.first { $0.relation == "self" }?.identityNumber)
    }

    /// Adds a declaration.
    public func declare(staffID: UUID, identityNumber: String, relation: String, note: String, at now: Date)
        async throws -> UUID
    {
        let row = StaffDeclarationModel()
        row.id = try database.ids.next()
        row.staffID = staffID
        row.identityNumber = try database.protection.seal(identityNumber, as: .identityNumber)
        row.relation = relation
        row.note = note
        row.isActive = true
        row.createdAt = now
        try await row.create(on: database)
        return row.id!
    }

    /// Withdraws one of the staff member's declarations (kept for history).
    public func withdraw(id: UUID, staffID: UUID) async throws -> Bool {
        guard
            let row = try await StaffDeclarationModel.query(on: database).filter(\.$id == id).filter(
                \.$staffID == staffID
            ).filter(\.$isActive == true).first()
        else { return false }
        row.isActive = false
        try await row.update(on: database)
        return true
    }

    /// Records a recusal.
    public func recordRecusal(staffID: UUID, requestID: UUID, action: String, reason: String, at now: Date) async throws
    {
        let row = RecusalModel()
        row.id = try database.ids.next()
        row.staffID = staffID
        row.requestID = requestID
        row.action = action
        row.reason = reason
        row.createdAt = now
        try await row.create(on: database)
    }

    /// Recusals, newest first.
    public func recusals(limit: Int = 200) async throws -> [RecusalRecord] {
        try await RecusalModel.query(on: database).sort(\.$createdAt, .descending).limit(limit).all().map { row in
            RecusalRecord(
                staffID: row.staffID, requestID: row.requestID, action: row.action, reason: row.reason,
                createdAt: row.createdAt)
        }
    }

    private static func record(_ row: StaffDeclarationModel, protection: DataProtection) throws -> DeclarationRecord {
        DeclarationRecord(
            id: row.id!, staffID: row.staffID,
            identityNumber: try protection.open(row.identityNumber, as: .identityNumber), relation: row.relation,
            note: row.note, createdAt: row.createdAt)
    }
}
