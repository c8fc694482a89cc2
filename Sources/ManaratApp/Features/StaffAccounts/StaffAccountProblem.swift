import ManaratDomain

/// What is wrong with a staff account as sent, and the field it marks.
enum StaffAccountProblem: Error, Equatable, Sendable {
    case displayNameRequired
    case displayNameTooLong
    /// The username breaks the username rules.
    case username(StaffRules.UsernameProblem)
    /// Another account has the username.
    case usernameTaken
    /// No role, or one that does not exist.
    case rolesRequired
    /// The branch is not one of the association's.
    case branchUnknown
    /// An administrator may not remove their own administration or deactivate themselves.
    case cannotDemoteSelf

    /// The field the page marks.
    var field: StaffAccountForm.Field {
        switch self {
        case .displayNameRequired, .displayNameTooLong: return .displayName
        case .username, .usernameTaken: return .username
        case .rolesRequired, .cannotDemoteSelf: return .roles
        case .branchUnknown: return .branchID
        }
    }
}
