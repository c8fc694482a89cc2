/// A template's wording as an administrator wrote it, checked.
struct TemplateDraft: Sendable, Equatable {
    /// The e-mail subject, or the WhatsApp template's name; may be empty.
    var subject: String
    /// The text with its `{{placeholders}}`.
    var body: String
}
