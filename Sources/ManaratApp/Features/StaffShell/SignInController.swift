import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Staff sign-in and sign-out.
struct SignInController {
    struct Form: Content {
        var username: String?
        var password: String?
        var next: String?
    }

    func show(_ request: Request) async throws -> Response {
        let next = request.safeLocalPath(try? request.query.get(String.self, at: "next"), fallback: StaffURL.home.path)
        if request.staff != nil {
            return request.redirect(to: next, redirectType: .normal)
        }
        let signedOut = (try? request.query.get(String.self, at: "signed-out")) == "1"
        return .html(
            SignInPage.render(
                .init(username: "", next: next, refusal: nil, signedOut: signedOut),
                context: PageContext(request: request)))
    }

    func signIn(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let next = request.safeLocalPath(form.next, fallback: StaffURL.home.path)
        let typedUsername = String((form.username ?? "").prefix(100))
        let password = String((form.password ?? "").prefix(200))
        let configuration = request.manarat.configuration
        let now = request.now
        func refuse(_ refusal: SignInPage.Refusal, status: HTTPResponseStatus) -> Response {
            .html(
                SignInPage.render(
                    .init(username: typedUsername, next: next, refusal: refusal, signedOut: false),
                    context: PageContext(request: request)), status: status)
        }

        // Only failures count against an address: a branch office behind one address signs in all day.
        let limiter = RateLimitRepository(database: request.db)
        let ipKey = "signin-ip:" + (request.clientIP ?? "unknown")
        guard
            try await limiter.current(ipKey, window: configuration.signInRateWindow, at: now)
                < configuration.signInRateLimit
        else {
            return refuse(.rateLimited, status: .tooManyRequests)
        }
        func countFailure() async throws {
            _ = try await limiter.hit(
                ipKey, limit: configuration.signInRateLimit, window: configuration.signInRateWindow, at: now)
        }

        let username = (try? StaffRules.normalizedUsername(typedUsername).get()) ?? typedUsername.lowercased()
        let staff = StaffRepository(database: request.db)
        guard let account = try await staff.credentials(username: username) else {
            _ = try await request.verifyPassword(password, hash: request.manarat.decoyPasswordHash)
            try await countFailure()
            return try await refuseUnknown(username: username, request: request, refuse: refuse)
        }
        let policy = configuration.lockoutPolicy
        if policy.isLocked(until: account.lockedUntil, at: now) {
            try await countFailure()
            return refuse(.locked(minutes: Self.minutes(until: account.lockedUntil!, from: now)), status: .forbidden)
        }
        let matches = try await request.verifyPassword(password, hash: account.passwordHash)
        guard matches, account.member.isActive else {
            try await countFailure()
            let outcome = policy.failure(previousFailures: account.failedSignIns, at: now)
            let summary =
                outcome.lockedUntil == nil
                ? "failures=\(outcome.failures)" : "locked for \(Int(policy.lockDuration / 60)) min"
            let id = account.member.id
            try await request.audited(
                action: outcome.lockedUntil == nil ? .staffSignInFailed : .staffLocked, recordType: .staff,
                recordID: id.uuidString, summary: summary
            ) { db in
                try await StaffRepository(database: db).recordFailedSignIn(id: id, outcome: outcome)
            }
            if let lockedUntil = outcome.lockedUntil {
                return refuse(.locked(minutes: Self.minutes(until: lockedUntil, from: now)), status: .forbidden)
            }
            return refuse(.invalid, status: .unauthorized)
        }

        // A new token at every sign-in: a session id planted before sign-in never becomes a signed-in one.
        let token = Tokens.random()
        let presented = request.incomingCookies[SessionCookie.name]?.string
        let member = account.member
        let clientIP = request.clientIP
        let event = AuditEvent(
            actorID: member.id, actorName: member.username, actingRole: nil, action: .staffSignIn, recordType: .staff,
            recordID: member.id.uuidString, summary: "signed in", clientIP: clientIP)
        try await request.db.writeTransaction { db in
            let sessions = SessionRepository(database: db)
            if let presented, !presented.isEmpty { try await sessions.delete(tokenHash: Tokens.hash(presented)) }
            try await sessions.create(tokenHash: Tokens.hash(token), staffID: member.id, clientIP: clientIP, at: now)
            try await StaffRepository(database: db).recordSuccessfulSignIn(id: member.id)
            try await AuditLog(database: db).append(event, at: now)
        }
        let response = request.redirect(
            to: account.mustChangePassword ? StaffURL.password.path : next, redirectType: .normal)
        response.cookies[SessionCookie.name] = SessionCookie.value(token, secure: request.isSecureConnection)
        return response
    }

    /// Unknown usernames lock after the same number of failures as real ones, so the answers
    /// never tell an attacker which usernames exist.
    private func refuseUnknown(
        username: String, request: Request, refuse: (SignInPage.Refusal, HTTPResponseStatus) -> Response
    ) async throws -> Response {
        let policy = request.manarat.configuration.lockoutPolicy
        let allowed = try await RateLimitRepository(database: request.db).hit(
            "signin-unknown:" + username, limit: policy.maxFailures - 1, window: policy.lockDuration, at: request.now)
        if !allowed {
            return refuse(.locked(minutes: Int(policy.lockDuration / 60)), .forbidden)
        }
        return refuse(.invalid, .unauthorized)
    }

    func signOut(_ request: Request) async throws -> Response {
        if let signedIn = request.signedInStaff {
            try await request.audited(
                action: .staffSignOut, recordType: .staff, recordID: signedIn.member.id.uuidString,
                summary: "signed out"
            ) { db in
                try await SessionRepository(database: db).delete(id: signedIn.sessionID)
            }
        }
        let response = request.redirect(to: StaffURL.signIn.path(query: [("signed-out", "1")]), redirectType: .normal)
        response.cookies[SessionCookie.name] = SessionCookie.expired(secure: request.isSecureConnection)
        return response
    }

    private static func minutes(until end: Date, from now: Date) -> Int {
        max(1, Int((end.timeIntervalSince(now) / 60).rounded(.up)))
    }
}
