extension TemporaryPasswordPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        var displayName: String
        var username: String
        /// The password, in clear, this once.
        var password: String
    }
}
