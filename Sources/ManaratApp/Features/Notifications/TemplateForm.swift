import Foundation
import ManaratDomain
import Vapor

/// A template's wording as posted. Its field names are a type, shared by the view and the problems.
struct TemplateForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case subject, body
    }

    var subject: String?
    var body: String?

    /// The longest text a template may have.
    static let bodyLimit = 2000
    /// The longest subject a template may have.
    static let subjectLimit = 200

    /// The draft, trimmed, or every problem with it: an empty or overlong text, a placeholder
    /// `event` does not offer, an overlong subject.
    func parsed(for event: NotificationEvent) -> Result<TemplateDraft, TemplateFormProblems> {
        let subject = (subject ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let body = (body ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [TemplateProblem] = []
        if body.isEmpty || body.count > Self.bodyLimit { problems.append(.bodyMissing) }
        let unknown = MessageTemplate(body).unknownPlaceholders(for: event)
        if !unknown.isEmpty { problems.append(.unknownPlaceholders(unknown)) }
        if subject.count > Self.subjectLimit { problems.append(.subjectTooLong) }
        guard problems.isEmpty else { return .failure(TemplateFormProblems(problems: problems)) }
        return .success(TemplateDraft(subject: subject, body: body))
    }
}
