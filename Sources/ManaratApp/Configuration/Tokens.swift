@preconcurrency import Crypto
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

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
