import Foundation
import Vapor

/// An investigation note a handler adds to a complaint or suggestion.
struct FeedbackNoteForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case note
    }

    /// The longest note kept; longer text is cut.
    static let limit = 4000

    var note: String?

    /// The note, trimmed and cut to its limit; nil when nothing was written.
    func parsed() -> String? {
        let text = (note ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : String(text.prefix(Self.limit))
    }
}
