/// What is wrong with a profile post, and the field it marks.
enum PortalProfileProblem: Equatable, Sendable {
    /// No mobile was given.
    case phoneRequired
    /// A mobile is not a Saudi mobile number.
    case phoneInvalid(PortalProfileForm.Field)
    /// No city was given.
    case cityRequired
    /// Staff changed the file since the page was opened.
    case changedBySomeoneElse

    /// The field the page marks.
    var field: PortalProfileForm.Field {
        switch self {
        case .phoneRequired, .changedBySomeoneElse: return .phone
        case .phoneInvalid(let field): return field
        case .cityRequired: return .city
        }
    }
}
