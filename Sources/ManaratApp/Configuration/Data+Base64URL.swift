@preconcurrency import Crypto
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

extension Data {
    /// Base64url without padding, safe in cookies, URLs and form fields.
    func base64URLEncoded() -> String {
        base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
