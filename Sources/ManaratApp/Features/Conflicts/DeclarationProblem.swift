import ManaratDomain

/// What is wrong with a declaration as sent, and the field it marks.
enum DeclarationProblem: Error, Equatable, Sendable {
    /// The identity number is not valid for its type.
    case identity(IdentityProblem)
    /// No relation, or one the form does not offer.
    case relationMissing

    /// The field the page marks.
    var field: DeclarationForm.Field {
        switch self {
        case .identity: return .identityNumber
        case .relationMissing: return .relation
        }
    }
}
