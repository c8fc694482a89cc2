import ManaratDomain
import Vapor

/// The form for changing one's own password, as posted. Its field names are a type, shared by
/// the view and the problems.
struct PasswordForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case current, new, confirm
    }

    var current: String?
    var new: String?
    var confirm: String?

    /// The current password as sent.
    var currentPassword: String { current ?? "" }
    /// The new password as sent.
    var newPassword: String { new ?? "" }

    /// What is wrong with the new password as typed, in the order the page lists it; whether the
    /// current password is right is for the service to say, as it needs the stored hash.
    func problems() -> [PasswordProblem] {
        var problems: [PasswordProblem] = PasswordRule.violations(of: newPassword).map { rule in
            switch rule {
            case .tooShort(let minimum): return .tooShort(minimum: minimum)
            case .tooLong: return .tooLong
            }
        }
        if newPassword == currentPassword, !newPassword.isEmpty { problems.append(.sameAsCurrent) }
        if newPassword != (confirm ?? "") { problems.append(.mismatch) }
        return problems
    }
}
