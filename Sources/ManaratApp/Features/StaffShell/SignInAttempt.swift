/// One sign-in attempt as the service checks it.
struct SignInAttempt: Sendable, Equatable {
    /// The username, normalized as accounts store it.
    var username: String
    /// The password as sent (at most 200 characters).
    var password: String
}
