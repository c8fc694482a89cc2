extension PortalAskPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The form as it stands (its file is never sent back).
        var form: InquiryForm
        /// What was wrong with the last post.
        var problems: [InquiryProblem]
    }
}
