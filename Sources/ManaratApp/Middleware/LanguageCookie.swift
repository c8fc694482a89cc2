import ManaratDomain
import Vapor

/// The cookie that remembers the chosen language for a year.
enum LanguageCookie {
    static let name = "manarat_lang"

    static func value(_ language: Language, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: language.rawValue, expires: nil, maxAge: 365 * 24 * 3600, domain: nil, path: "/", isSecure: secure,
            isHTTPOnly: true, sameSite: .lax)
    }
}
