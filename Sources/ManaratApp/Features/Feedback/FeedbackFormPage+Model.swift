extension FeedbackFormPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The form as it stands.
        var form: FeedbackForm
        /// What was wrong with the last post.
        var problems: [FeedbackProblem]
        /// The reference of the item just sent, if one was.
        var sent: String?
        /// Whether a beneficiary is signed in: they leave no name or phone, the file has them.
        var signedIn: Bool
    }
}
