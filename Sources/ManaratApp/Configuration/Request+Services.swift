@preconcurrency import Crypto
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

extension Request {
    /// The shared services.
    var manarat: AppServices { application.manarat }

    /// The current time from the injected clock.
    var now: Date { application.manarat.configuration.clock.now() }

    /// A new id from the injected generator.
    func newID() -> UUID { application.manarat.configuration.ids.next() }

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
        guard let peer = remoteAddress?.ipAddress, manarat.configuration.trustedProxies.contains(peer) else {
            return false
        }
        return headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https"
    }
}
