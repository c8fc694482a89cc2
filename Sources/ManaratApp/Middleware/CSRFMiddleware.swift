import Crypto
import Foundation
import Vapor

/// Refuses state-changing requests without a valid token or from a foreign origin, and gives a
/// new visitor the cookie their tokens are bound to.
struct CSRFMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if ![.GET, .HEAD, .OPTIONS].contains(request.method) {
            try await request.collectFormBody().get()
            try verify(request)
        }
        let response = try await next.respond(to: request)
        if let fresh = request.storage[CSRF.FreshVisitorKey.self] {
            response.cookies[CSRF.visitorCookieName] = HTTPCookies.Value(
                string: fresh, expires: nil, maxAge: nil, domain: nil, path: "/",
                isSecure: request.isSecureConnection, isHTTPOnly: true, sameSite: .lax
            )
        }
        return response
    }

    private func verify(_ request: Request) throws {
        if let origin = request.headers.first(name: .origin), !origin.isEmpty {
            guard origin != "null", let host = URL(string: origin)?.host,
                Self.sameHost(origin: origin, host: host, request: request)
            else {
                throw Abort(.forbidden, reason: "csrf.origin")
            }
        }
        let hasBinding =
            request.sessionTokenHash != nil
            || (request.incomingCookies[CSRF.visitorCookieName]?.string.count ?? 0) >= 32
        let sent =
            (try? request.content.get(String.self, at: CSRF.fieldName)) ?? request.headers.first(name: "X-CSRF-Token")
        guard hasBinding, let sent, CSRF.constantTimeEquals(sent, CSRF.token(for: request)) else {
            throw Abort(.forbidden, reason: "csrf.token")
        }
    }

    /// Whether the Origin header names this site: the same host and port as the Host header.
    private static func sameHost(origin: String, host: String, request: Request) -> Bool {
        guard let requestHost = request.headers.first(name: .host)?.lowercased(), let url = URL(string: origin) else {
            return false
        }
        var originHost = host.lowercased()
        if let port = url.port { originHost += ":\(port)" }
        if originHost == requestHost { return true }
        // Browsers omit default ports from Origin but a Host header may carry them.
        let defaultPort = url.scheme == "https" ? ":443" : ":80"
        return originHost + defaultPort == requestHost || originHost == requestHost + defaultPort
    }
}
