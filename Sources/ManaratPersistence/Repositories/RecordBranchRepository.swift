import Fluent
import Foundation
import ManaratDomain
import SQLKit

/// The branch a record belongs to, for the branch-scope check that runs before a staff route's
/// handler: one indexed lookup by primary key (two for records reached through their request).
public struct RecordBranchRepository: Sendable {
    /// A record a staff route names by id.
    public enum Record: Sendable {
        /// A beneficiary's file.
        case beneficiary(UUID)
        /// A support request.
        case request(UUID)
        /// A request's document.
        case document(UUID)
        /// A request's service delivery.
        case delivery(UUID)
        /// A household change a beneficiary proposed.
        case householdProposal(UUID)
        /// A contact with a follow-up.
        case contact(UUID)
        /// An inquiry (of its asker's branch).
        case inquiry(UUID)
        /// A complaint or suggestion (of its sender's branch; an anonymous one has none).
        case feedback(UUID)
        /// A data-subject request (of its beneficiary's branch).
        case dataRequest(UUID)
    }

    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// The record's branch; nil when it has none or does not exist (the handler answers 404).
    public func branch(of record: Record) async throws -> UUID? {
        switch record {
        case .beneficiary(let id):
            return try await value("branch_id", from: "beneficiaries", id: id)
        case .request(let id):
            return try await value("branch_id", from: "support_requests", id: id)
        case .document(let id):
            return try await branch(through: "request_id", of: "request_documents", id: id, then: Record.request)
        case .delivery(let id):
            return try await branch(through: "request_id", of: "service_deliveries", id: id, then: Record.request)
        case .householdProposal(let id):
            return try await branch(
                through: "beneficiary_id", of: "household_proposals", id: id, then: Record.beneficiary)
        case .inquiry(let id):
            return try await branch(through: "beneficiary_id", of: "inquiries", id: id, then: Record.beneficiary)
        case .feedback(let id):
            return try await branch(through: "beneficiary_id", of: "feedback", id: id, then: Record.beneficiary)
        case .dataRequest(let id):
            return try await branch(through: "beneficiary_id", of: "data_requests", id: id, then: Record.beneficiary)
        case .contact(let id):
            let sql = database as! any SQLDatabase
            guard
                let row = try await sql.select().columns("party_kind", "party_id").from("contacts").where(
                    "id", .equal, SQLBind(id)
                ).first(),
                try row.decode(column: "party_kind", as: String.self) == "beneficiary"
            else { return nil }
            return try await branch(of: .beneficiary(try row.decode(column: "party_id", as: UUID.self)))
        }
    }

    /// The branches of these beneficiaries, in one query; those of no branch are left out.
    public func branches(ofBeneficiaries ids: Set<UUID>) async throws -> [UUID: UUID] {
        guard !ids.isEmpty else { return [:] }
        let sql = database as! any SQLDatabase
        var branches: [UUID: UUID] = [:]
        for row in try await sql.select().columns("id", "branch_id").from("beneficiaries").where(
            "id", .in, SQLBind.group(Array(ids))
        ).all() {
            if let branch = try row.decode(column: "branch_id", as: UUID?.self) {
                branches[try row.decode(column: "id", as: UUID.self)] = branch
            }
        }
        return branches
    }

    /// The branch of the record a row of `table` points to through `column`.
    private func branch(through column: String, of table: String, id: UUID, then owner: (UUID) -> Record) async throws
        -> UUID?
    {
        guard let ownerID = try await value(column, from: table, id: id) else { return nil }
        return try await branch(of: owner(ownerID))
    }

    private func value(_ column: String, from table: String, id: UUID) async throws -> UUID? {
        let sql = database as! any SQLDatabase
        return try await sql.select().column(column).from(table).where("id", .equal, SQLBind(id)).first()?.decode(
            column: column, as: UUID?.self)
    }
}
