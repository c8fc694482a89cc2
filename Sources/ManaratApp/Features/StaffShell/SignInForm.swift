import ManaratDomain
import Vapor

/// The sign-in form as posted: the username as typed, the password, and the local page to go
/// to afterwards.
struct SignInForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case username, password, next
    }

    var username: String?
    var password: String?
    var next: String?

    /// The username as typed, cut to 100 characters: what the page shows back after a refusal.
    var typedUsername: String { String((username ?? "").prefix(100)) }

    /// The attempt: the username normalized as accounts are stored (the typed text lowercased when
    /// it is not a valid username, so it matches nothing), and the password cut to 200 characters.
    func attempt() -> SignInAttempt {
        let typed = typedUsername
        let normalized = (try? StaffRules.normalizedUsername(typed).get()) ?? typed.lowercased()
        return SignInAttempt(username: normalized, password: String((password ?? "").prefix(200)))
    }
}
