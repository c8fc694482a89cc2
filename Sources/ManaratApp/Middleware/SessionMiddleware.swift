import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

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
                    let beneficiary = try await BeneficiaryRepository(database: request.db).find(id: beneficiaryID)
                {
                    request.signedInBeneficiary = SignedInBeneficiary(
                        id: beneficiary.id, fileNumber: beneficiary.fileNumber,
                        displayName: beneficiary.name.first + " " + beneficiary.name.family, sessionID: session.id,
                        tokenHash: tokenHash)
                    if policy.needsTouch(lastSeenAt: session.lastSeenAt, at: now) {
                        try await sessions.touch(id: session.id, at: now)
                    }
                } else if let staff, staff.member.isActive {
                    request.signedInStaff = SignedInStaff(
                        member: staff.member, sessionID: session.id, tokenHash: tokenHash,
                        mustChangePassword: staff.mustChangePassword)
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
