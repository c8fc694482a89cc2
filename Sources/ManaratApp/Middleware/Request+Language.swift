import ManaratDomain
import Vapor

extension Request {
    /// The interface language: the visitor's choice from the language cookie, Arabic otherwise.
    var language: Language {
        incomingCookies[LanguageCookie.name].flatMap { Language(rawValue: $0.string) } ?? .arabic
    }

    /// The catalog strings in the request's language.
    var strings: Strings { Strings(language: language) }
}
