/// One thing wrong with a password change, and the field it belongs to.
enum PasswordProblem: Equatable, Sendable {
    /// The current password is not the account's.
    case currentWrong
    /// The new password is shorter than `minimum` characters.
    case tooShort(minimum: Int)
    /// The new password is longer than bcrypt uses.
    case tooLong
    /// The new password is the current one.
    case sameAsCurrent
    /// The confirmation differs from the new password.
    case mismatch

    /// The field the page marks.
    var field: PasswordForm.Field {
        switch self {
        case .currentWrong: return .current
        case .tooShort, .tooLong, .sameAsCurrent: return .new
        case .mismatch: return .confirm
        }
    }
}
