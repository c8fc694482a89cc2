extension SignInPage {
    /// What the sign-in page shows.
    struct Model: Sendable, Equatable {
        /// The username as typed, shown back after a refusal.
        var username: String
        /// The local page to go to after signing in.
        var next: String
        /// Why the last attempt was refused, if it was.
        var refusal: SignInRefusal?
        /// Whether the visitor has just signed out.
        var signedOut: Bool
    }
}
