import ManaratDomain
import Vapor

/// The language switch as posted: the language chosen and the page to go back to.
struct LanguageForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case language, back
    }

    var language: String?
    var back: String?

    /// The language chosen, or nil when the post names none the site speaks.
    var chosen: Language? { language.flatMap(Language.init(rawValue:)) }
}
