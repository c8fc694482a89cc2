import ManaratDomain

/// A household member as typed, checked, before an id is given.
struct MemberDraft: Sendable, Equatable {
    var fullName: String
    var relation: Relation
    var gender: Gender
    var identity: IdentityNumber?
    var bornOn: GregorianDay?
    var healthConditions: String
    var parentageNote: String
}
