import Crypto
import Foundation
import Vapor

/// Cross-site request forgery protection, which Vapor does not ship.
///
/// Every form carries a token: the HMAC, under the installation's key, of something only this
/// browser has: the session token's hash once signed in, otherwise a random cookie set on the
/// first visit. Nothing is stored per visitor, so anonymous pages cost no database write, and any
/// instance can check a token another instance issued.
enum CSRF {
    /// The form field that carries the token.
    static let fieldName = "_csrf"
    /// The cookie that binds an anonymous visitor's token.
    static let visitorCookieName = "manarat_visitor"

    /// The token for forms on this request's page.
    static func token(for request: Request) -> String {
        sign(binding(for: request), key: request.manarat.signingKey)
    }

    /// The value the token is bound to: the signed-in session, or the visitor cookie.
    static func binding(for request: Request) -> String {
        if let tokenHash = request.sessionTokenHash { return "session:" + tokenHash }
        return "visitor:" + visitorValue(for: request)
    }

    /// The visitor cookie's value, creating one for this request if the browser has none.
    static func visitorValue(for request: Request) -> String {
        if let value = request.incomingCookies[visitorCookieName]?.string, value.count >= 32 { return value }
        if let fresh = request.storage[FreshVisitorKey.self] { return fresh }
        let fresh = Tokens.random()
        request.storage[FreshVisitorKey.self] = fresh
        return fresh
    }

    static func sign(_ binding: String, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(("csrf|" + binding).utf8), using: key)
        return Data(mac).base64URLEncoded()
    }

    /// Compares in time independent of where the strings differ.
    static func constantTimeEquals(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.utf8)
        let b = Array(rhs.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    struct FreshVisitorKey: StorageKey {
        typealias Value = String
    }
}
