@preconcurrency import Crypto
import Foundation
import Vapor

/// The cookie that carries which code a browser is waiting for: the code row's id, signed, so
/// that a browser cannot point itself at another person's code.
enum PendingCodeCookie {
    /// The cookie's name.
    static let name = "manarat_otp"

    /// The signed value for the code row `rowID`.
    static func value(_ rowID: UUID, key: SymmetricKey) -> String {
        let id = rowID.uuidString.lowercased()
        let mac = HMAC<SHA256>.authenticationCode(for: Data(("otp|" + id).utf8), using: key)
        return id + "." + Data(mac).base64URLEncoded()
    }

    /// The code row's id in `value`, if the signature holds.
    static func rowID(in value: String?, key: SymmetricKey) -> UUID? {
        guard let value else { return nil }
        let parts = value.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let id = UUID(uuidString: parts[0]),
            CSRF.constantTimeEquals(Self.value(id, key: key), value)
        else { return nil }
        return id
    }

    /// The cookie for a code that lives `lifetime`, readable only by the portal's pages.
    static func cookie(_ rowID: UUID, key: SymmetricKey, lifetime: TimeInterval, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: value(rowID, key: key), expires: nil, maxAge: Int(lifetime), domain: nil, path: "/portal",
            isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    /// The cookie that forgets the pending code.
    static func expired(secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, domain: nil, path: "/portal",
            isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
}
