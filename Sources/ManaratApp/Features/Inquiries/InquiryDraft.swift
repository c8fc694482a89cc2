import ManaratDomain

/// A question as asked, checked.
struct InquiryDraft: Sendable, Equatable {
    var category: InquiryCategory
    var question: String
    /// The channel staff recorded it from; the portal's own is the website.
    var channel: ContactChannel
    /// The attachment, checked by its content.
    var attachment: DocumentUpload?
}
