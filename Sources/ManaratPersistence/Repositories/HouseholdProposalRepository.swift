import Fluent
import Foundation
import ManaratDomain

/// A change to the household that a beneficiary proposed in the portal, for staff to review.
public struct HouseholdProposal: Sendable, Equatable, Identifiable {
    /// Its identifier.
    public var id: UUID
    /// The beneficiary (head of household) who proposed it.
    public var beneficiaryID: UUID
    /// "add" or "remove".
    public var kind: String
    /// For additions: the new member's name, relation, gender, identity and birth date.
    public var memberName: String
    /// The relation to the head.
    public var relation: ManaratDomain.Relation
    /// Gender.
    public var gender: Gender
    /// Identity number, if given.
    public var identityNumber: String?
    /// Birth date, if given.
    public var bornOn: GregorianDay?
    /// For removals: the member to remove.
    public var memberID: UUID?
    /// The beneficiary's explanation.
    public var note: String
    /// "pending", "approved" or "rejected".
    public var status: String
    /// The reviewer's note.
    public var decisionNote: String
    /// When it was proposed.
    public var createdAt: Date

    /// Creates a proposal.
    public init(id: UUID, beneficiaryID: UUID, kind: String, memberName: String, relation: ManaratDomain.Relation, gender: Gender, identityNumber: String?, bornOn: GregorianDay?, memberID: UUID?, note: String, status: String, decisionNote: String, createdAt: Date) {
        self.id = id
        self.beneficiaryID = beneficiaryID
        self.kind = kind
        self.memberName = memberName
        self.relation = relation
        self.gender = gender
        self.identityNumber = identityNumber
        self.bornOn = bornOn
        self.memberID = memberID
        self.note = note
        self.status = status
        self.decisionNote = decisionNote
        self.createdAt = createdAt
    }
}

/// A row of `household_proposals`.
public final class HouseholdProposalModel: Model, @unchecked Sendable {
    public static let schema = "household_proposals"
    @ID(key: .id) public var id: UUID?
    @Field(key: "beneficiary_id") public var beneficiaryID: UUID
    @Field(key: "kind") public var kind: String
    @Field(key: "member_name") public var memberName: String
    @Field(key: "relation") public var relation: String
    @Field(key: "gender") public var gender: String
    @OptionalField(key: "identity_number") public var identityNumber: String?
    @OptionalField(key: "born_on") public var bornOn: String?
    @OptionalField(key: "member_id") public var memberID: UUID?
    @Field(key: "note") public var note: String
    @Field(key: "status") public var status: String
    @Field(key: "decision_note") public var decisionNote: String
    @OptionalField(key: "decided_by") public var decidedBy: UUID?
    @OptionalField(key: "decided_at") public var decidedAt: Date?
    @Field(key: "created_at") public var createdAt: Date
    public init() {}
}

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
        row.status = "pending"
        row.decisionNote = ""
        row.createdAt = proposal.createdAt
        try await row.create(on: database)
    }

    /// A beneficiary's proposals, newest first.
    public func proposals(of beneficiaryID: UUID) async throws -> [HouseholdProposal] {
        let protection = try database.protection
        return try await HouseholdProposalModel.query(on: database).filter(\.$beneficiaryID == beneficiaryID).sort(\.$createdAt, .descending).all().map { try Self.proposal($0, protection: protection) }
    }

    /// One proposal.
    public func find(id: UUID) async throws -> HouseholdProposal? {
        let protection = try database.protection
        return try await HouseholdProposalModel.find(id, on: database).map { try Self.proposal($0, protection: protection) }
    }

    /// Records the decision on a pending proposal.
    public func decide(id: UUID, approved: Bool, note: String, by staffID: UUID?, at now: Date) async throws -> Bool {
        guard let row = try await HouseholdProposalModel.query(on: database).filter(\.$id == id).filter(\.$status == "pending").first() else { return false }
        row.status = approved ? "approved" : "rejected"
        row.decisionNote = note
        row.decidedBy = staffID
        row.decidedAt = now
        try await row.update(on: database)
        return true
    }

    private static func proposal(_ row: HouseholdProposalModel, protection: DataProtection) throws -> HouseholdProposal {
        HouseholdProposal(id: row.id!, beneficiaryID: row.beneficiaryID, kind: row.kind, memberName: row.memberName, relation: ManaratDomain.Relation(rawValue: row.relation) ?? .other, gender: Gender(rawValue: row.gender) ?? .male, identityNumber: try protection.openIfPresent(row.identityNumber, as: .identityNumber), bornOn: row.bornOn.flatMap(GregorianDay.init(iso:)), memberID: row.memberID, note: row.note, status: row.status, decisionNote: row.decisionNote, createdAt: row.createdAt)
    }
}
