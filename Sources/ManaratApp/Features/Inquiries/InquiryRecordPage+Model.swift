import ManaratDomain

extension InquiryRecordPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        /// The asker.
        var beneficiary: Beneficiary
        /// The form as it stands.
        var form: InquiryForm
        /// What was wrong with the last post.
        var problems: [InquiryProblem]
    }
}
