import ManaratDomain

/// A declaration as a staff member made it, checked.
struct DeclarationDraft: Sendable, Equatable {
    var relation: DeclaredRelation
    var identity: IdentityNumber
    /// Other interests, in their words (at most 1 000 characters).
    var note: String
}
