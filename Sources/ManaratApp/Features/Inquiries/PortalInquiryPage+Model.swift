import ManaratDomain

extension PortalInquiryPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        var inquiry: Inquiry
        /// The asker's rating, once given.
        var rating: Int?
        /// The question's attachment, if any.
        var attachment: InquiryAttachment?
    }
}
