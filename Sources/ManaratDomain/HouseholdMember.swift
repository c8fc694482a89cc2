import Foundation

/// A member of a household.
public struct HouseholdMember: Sendable, Equatable, Identifiable {
    /// The member's identifier.
    public var id: UUID
    /// The member's full name.
    public var fullName: String
    /// Relation to the head of household.
    public var relation: Relation
    /// Gender.
    public var gender: Gender
    /// The member's identity, when they have one.
    public var identity: IdentityNumber?
    /// Birth date.
    public var bornOn: GregorianDay?
    /// Health conditions: sensitive.
    public var healthConditions: String
    /// Notes on a child's parentage: sensitive.
    public var parentageNote: String
    /// The member's own beneficiary record, when they are also a beneficiary.
    public var beneficiaryID: UUID?

    /// Creates a member.
    public init(
        id: UUID, fullName: String, relation: Relation, gender: Gender, identity: IdentityNumber?,
        bornOn: GregorianDay?, healthConditions: String, parentageNote: String, beneficiaryID: UUID?
    ) {
        self.id = id
        self.fullName = fullName
        self.relation = relation
        self.gender = gender
        self.identity = identity
        self.bornOn = bornOn
        self.healthConditions = healthConditions
        self.parentageNote = parentageNote
        self.beneficiaryID = beneficiaryID
    }
}
