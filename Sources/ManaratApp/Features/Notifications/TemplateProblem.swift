/// One thing wrong with a template's wording, and the field it belongs to.
enum TemplateProblem: Equatable, Sendable {
    /// The text is empty or longer than 2 000 characters.
    case bodyMissing
    /// The text names placeholders the event does not offer.
    case unknownPlaceholders([String])
    /// The subject is longer than 200 characters.
    case subjectTooLong

    /// The field the page marks.
    var field: TemplateForm.Field {
        switch self {
        case .bodyMissing, .unknownPlaceholders: return .body
        case .subjectTooLong: return .subject
        }
    }
}
