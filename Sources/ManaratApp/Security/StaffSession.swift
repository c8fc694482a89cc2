import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The signed-in staff member of this request, if any, with the session that carries them.
struct SignedInStaff: Sendable {
    var member: StaffMember
    var sessionID: UUID
    var tokenHash: String
    var mustChangePassword: Bool
}

extension Request {
    private struct SignedInStaffKey: StorageKey {
        typealias Value = SignedInStaff
    }

    /// The signed-in staff member, set by `SessionMiddleware`.
    var signedInStaff: SignedInStaff? {
        get { storage[SignedInStaffKey.self] }
        set { storage[SignedInStaffKey.self] = newValue }
    }

    /// The staff member, or nil when nobody is signed in.
    var staff: StaffMember? { signedInStaff?.member }

    private struct SignedInBeneficiaryKey: StorageKey {
        typealias Value = SignedInBeneficiary
    }

    /// The beneficiary signed in to the portal, set by `SessionMiddleware`.
    var signedInBeneficiary: SignedInBeneficiary? {
        get { storage[SignedInBeneficiaryKey.self] }
        set { storage[SignedInBeneficiaryKey.self] = newValue }
    }

    /// The hash of the session token of whoever is signed in, staff or beneficiary.
    var sessionTokenHash: String? { signedInStaff?.tokenHash ?? signedInBeneficiary?.tokenHash }
}

/// The beneficiary of this portal request.
struct SignedInBeneficiary: Sendable {
    var id: UUID
    var fileNumber: String
    var displayName: String
    var sessionID: UUID
    var tokenHash: String
}

/// The session cookie: HttpOnly, SameSite=Lax, Secure over TLS, and scoped to the whole site.
enum SessionCookie {
    static let name = "manarat_session"

    /// A cookie carrying `token`; it lives as long as the browser, the server enforcing the timeouts.
    static func value(_ token: String, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, expires: nil, maxAge: nil, domain: nil, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    /// A cookie that makes the browser forget the session.
    static func expired(secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, domain: nil, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }
}

/// Loads the signed-in staff member from the session cookie, enforcing the idle and absolute
/// timeouts with the injected clock.
struct SessionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        var expireCookie = false
        if let token = request.incomingCookies[SessionCookie.name]?.string, !token.isEmpty {
            let tokenHash = Tokens.hash(token)
            let sessions = SessionRepository(database: request.db)
            let policy = request.manarat.configuration.sessionPolicy
            let now = request.now
            if let (session, staff) = try await sessions.findWithStaff(tokenHash: tokenHash) {
                if !policy.isAlive(createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, at: now) {
                    try await sessions.delete(id: session.id)
                    expireCookie = true
                } else if let beneficiaryID = session.beneficiaryID,
                          let beneficiary = try await BeneficiaryRepository(database: request.db).find(id: beneficiaryID) {
                    request.signedInBeneficiary = SignedInBeneficiary(id: beneficiary.id, fileNumber: beneficiary.fileNumber, displayName: beneficiary.name.first + " " + beneficiary.name.family, sessionID: session.id, tokenHash: tokenHash)
                    if policy.needsTouch(lastSeenAt: session.lastSeenAt, at: now) {
                        try await sessions.touch(id: session.id, at: now)
                    }
                } else if let staff, staff.member.isActive {
                    request.signedInStaff = SignedInStaff(member: staff.member, sessionID: session.id, tokenHash: tokenHash, mustChangePassword: staff.mustChangePassword)
                    if policy.needsTouch(lastSeenAt: session.lastSeenAt, at: now) {
                        try await sessions.touch(id: session.id, at: now)
                    }
                } else {
                    try await sessions.delete(id: session.id)
                    expireCookie = true
                }
            } else {
                expireCookie = true
            }
        }
        let response = try await next.respond(to: request)
        if expireCookie, response.cookies[SessionCookie.name] == nil {
            response.cookies[SessionCookie.name] = SessionCookie.expired(secure: request.isSecureConnection)
        }
        return response
    }
}
