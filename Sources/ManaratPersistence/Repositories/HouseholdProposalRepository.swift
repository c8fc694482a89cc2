import Fluent
import Foundation
import ManaratDomain

/// Stores and decides household change proposals.
public struct HouseholdProposalRepository: Sendable {
    private let database: any Database

    /// A repository on `database`.
    public init(database: any Database) {
        self.database = database
    }

    /// Stores a new proposal.
    public func add(_ proposal: HouseholdProposal) async throws {
        let row = HouseholdProposalModel()
        row.id = proposal.id
        row.beneficiaryID = proposal.beneficiaryID
        row.kind = proposal.kind
        row.memberName = proposal.memberName
        row.relation = proposal.relation.rawValue
        row.gender = proposal.gender.rawValue
        row.identityNumber = try database.protection.sealIfPresent(proposal.identityNumber, as: .identityNumber)
        row.bornOn = proposal.bornOn?.description
        row.memberID = proposal.memberID
        row.note = proposal.note
        row.status = HouseholdProposalStatus.pending.rawValue
        row.decisionNote = ""
        row.createdAt = proposal.createdAt
        try await row.create(on: database)
    }

    /// A beneficiary's proposals, newest first.
    public func proposals(of beneficiaryID: UUID) async throws -> [HouseholdProposal] {
        let protection = try database.protection
        return try await HouseholdProposalModel.query(on: database).filter(\.$beneficiaryID == beneficiaryID).sort(
            \.$createdAt, .descending
        ).all().map { try Self.proposal($0, protection: protection) }
    }

    /// One proposal.
    public func find(id: UUID) async throws -> HouseholdProposal? {
        let protection = try database.protection
        return try await HouseholdProposalModel.find(id, on: database).map {
            try Self.proposal($0, protection: protection)
        }
    }

    /// Records the decision on a pending proposal.
    public func decide(id: UUID, approved: Bool, note: String, by staffID: UUID?, at now: Date) async throws -> Bool {
        guard
            let row = try await HouseholdProposalModel.query(on: database).filter(\.$id == id).filter(
                \.$status == HouseholdProposalStatus.pending.rawValue
            ).first()
        else { return false }
        row.status = (approved ? HouseholdProposalStatus.approved : .rejected).rawValue
        row.decisionNote = note
        row.decidedBy = staffID
        row.decidedAt = now
        try await row.update(on: database)
        return true
    }

    private static func proposal(_ row: HouseholdProposalModel, protection: DataProtection) throws -> HouseholdProposal
    {
        HouseholdProposal(
            id: row.id!, beneficiaryID: row.beneficiaryID, kind: row.kind, memberName: row.memberName,
            relation: ManaratDomain.Relation(rawValue: row.relation) ?? .other,
            gender: Gender(rawValue: row.gender) ?? .male,
            identityNumber: try protection.openIfPresent(row.identityNumber, as: .identityNumber),
            bornOn: row.bornOn.flatMap(GregorianDay.init(iso:)), memberID: row.memberID, note: row.note,
            status: HouseholdProposalStatus(rawValue: row.status) ?? .pending, decisionNote: row.decisionNote,
            createdAt: row.createdAt)
    }
}
