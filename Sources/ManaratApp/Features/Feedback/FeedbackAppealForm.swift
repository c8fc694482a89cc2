import Foundation
import Vapor

/// A beneficiary's appeal against the closing of their complaint or suggestion.
struct FeedbackAppealForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case appeal
    }

    /// The longest appeal kept; longer text is cut.
    static let limit = 4000

    var appeal: String?

    /// The appeal, trimmed and cut to its limit; nil when nothing was written.
    func parsed() -> String? {
        let text = (appeal ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : String(text.prefix(Self.limit))
    }
}
