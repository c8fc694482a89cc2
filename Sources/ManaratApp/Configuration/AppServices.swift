@preconcurrency import Crypto
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// What every request handler shares: the configuration and the signing key.
public struct AppServices: Sendable {
    /// The configuration the app was built with.
    public var configuration: AppConfiguration
    /// The key that signs CSRF tokens; shared by every instance through configuration or the database.
    public var signingKey: SymmetricKey
    /// A bcrypt hash of a random password nobody knows, at the configured cost: checked when a
    /// username is unknown, so a wrong username takes as long to refuse as a wrong password.
    public var decoyPasswordHash: String
    /// Seals sensitive fields and hashes identity numbers; the same one the database carries.
    public var protection: DataProtection
    /// The holiday calendar, read at most once a minute.
    public let calendarCache = CalendarCache()
}

extension Application {
    private struct ServicesKey: StorageKey {
        typealias Value = AppServices
    }

    /// The shared services; set once by `buildApplication`.
    public var manarat: AppServices {
        get {
            guard let services = storage[ServicesKey.self] else {
                fatalError("buildApplication(_:configuration:) must run before the app is used")
            }
            return services
        }
        set { storage[ServicesKey.self] = newValue }
    }
}

extension Request {
    /// The shared services.
    var manarat: AppServices { application.manarat }

    /// The current time from the injected clock.
    var now: Date { application.manarat.configuration.clock.now() }

    /// The client's address: the peer, or, when the peer is a trusted proxy, the last address in
    /// `X-Forwarded-For` that is not itself a trusted proxy.
    var clientIP: String? {
        let peer = remoteAddress?.ipAddress
        let trusted = manarat.configuration.trustedProxies
        guard let peer, trusted.contains(peer) else { return peer }
        let forwarded = headers[canonicalForm: "X-Forwarded-For"].map(String.init).reversed()
        return forwarded.first { !trusted.contains($0) } ?? peer
    }

    /// Whether the browser reached us over TLS, directly or through a trusted proxy.
    var isSecureConnection: Bool {
        if url.scheme == "https" { return true }
        guard let peer = remoteAddress?.ipAddress, manarat.configuration.trustedProxies.contains(peer) else { return false }
        return headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }
}

/// Random tokens and their hashes.
enum Tokens {
    /// A new 256-bit random token, base64url without padding.
    static func random(bytes: Int = 32) -> String {
        let data = Data((0..<bytes).map { _ in UInt8.random(in: 0...255) })
        return data.base64URLEncoded()
    }

    /// The SHA-256 of `token` in hex: what the database stores instead of the token.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

extension Data {
    /// Base64url without padding, safe in cookies, URLs and form fields.
    func base64URLEncoded() -> String {
        base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
