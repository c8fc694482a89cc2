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

/// The cookie that remembers the chosen language for a year.
enum LanguageCookie {
    static let name = "manarat_lang"

    static func value(_ language: Language, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: language.rawValue, expires: nil, maxAge: 365 * 24 * 3600, domain: nil, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
}
