/// Why a sign-in was refused, as the sign-in page tells it.
enum SignInRefusal: Equatable, Sendable {
    /// The username or the password is wrong (the page never says which).
    case invalid
    /// The account is locked for `minutes` more after too many failures.
    case locked(minutes: Int)
    /// This address failed too often in the current window.
    case rateLimited
}
