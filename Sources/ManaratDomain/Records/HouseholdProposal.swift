import Foundation

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
    /// Whether it waits for a decision or was approved or rejected.
    public var status: HouseholdProposalStatus
    /// The reviewer's note.
    public var decisionNote: String
    /// When it was proposed.
    public var createdAt: Date

    /// Creates a proposal.
    public init(
        id: UUID, beneficiaryID: UUID, kind: String, memberName: String, relation: ManaratDomain.Relation,
        gender: Gender, identityNumber: String?, bornOn: GregorianDay?, memberID: UUID?, note: String,
        status: HouseholdProposalStatus, decisionNote: String, createdAt: Date
    ) {
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
