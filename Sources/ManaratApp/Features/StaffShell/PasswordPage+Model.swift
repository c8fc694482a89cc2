extension PasswordPage {
    /// What the password page shows.
    struct Model: Sendable, Equatable {
        /// Whether the password was set by someone else and must be changed first.
        var mustChange: Bool
        /// Whether a new password was just saved.
        var saved: Bool
        /// What was wrong with the last try, in the order the page lists it.
        var problems: [PasswordProblem]
    }
}
