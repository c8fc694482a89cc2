import ManaratDomain

/// What is wrong with a portal registration, and the field it marks.
enum PortalRegisterProblem: Equatable, Sendable {
    /// The identity number is not valid for its type.
    case identity(IdentityProblem)
    /// The mobile is not a Saudi mobile number.
    case phoneInvalid
    /// A name or the city is missing or longer than 60 characters.
    case required(PortalRegisterForm.Field)
    /// The privacy notice was not accepted.
    case consent

    /// The field the page marks.
    var field: PortalRegisterForm.Field {
        switch self {
        case .identity: return .identityNumber
        case .phoneInvalid: return .phone
        case .required(let field): return field
        case .consent: return .consent
        }
    }
}
