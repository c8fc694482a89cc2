import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The session cookie: HttpOnly, SameSite=Lax, Secure over TLS, and scoped to the whole site.
enum SessionCookie {
    static let name = "manarat_session"

    /// A cookie carrying `token`; it lives as long as the browser, the server enforcing the timeouts.
    static func value(_ token: String, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: token, expires: nil, maxAge: nil, domain: nil, path: "/", isSecure: secure, isHTTPOnly: true,
            sameSite: .lax)
    }

    /// A cookie that makes the browser forget the session.
    static func expired(secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, domain: nil, path: "/", isSecure: secure,
            isHTTPOnly: true, sameSite: .lax)
    }
}
