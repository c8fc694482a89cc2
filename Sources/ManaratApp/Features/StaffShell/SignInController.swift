import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Staff sign-in and sign-out: each handler decodes its form, asks `StaffSignInService` and
/// answers with the page or the redirect and cookie.
struct SignInController {
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
        let form = try request.content.decode(SignInForm.self)
        let next = request.safeLocalPath(form.next, fallback: StaffURL.home.path)
        let token = Tokens.random()
        let outcome = try await Self.service(request).signIn(
            form.attempt(), from: request.clientIP,
            presentedToken: request.incomingCookies[SessionCookie.name]?.string, newToken: token)
        switch outcome {
        case .refused(let refusal):
            let model = SignInPage.Model(username: form.typedUsername, next: next, refusal: refusal, signedOut: false)
            return .html(SignInPage.render(model, context: PageContext(request: request)), status: refusal.status)
        case .signedIn(_, let mustChangePassword):
            let response = request.redirect(
                to: mustChangePassword ? StaffURL.password.path : next, redirectType: .normal)
            response.cookies[SessionCookie.name] = SessionCookie.value(token, secure: request.isSecureConnection)
            return response
        }
    }

    func signOut(_ request: Request) async throws -> Response {
        if let signedIn = request.signedInStaff {
            let audit = request.auditEvent(
                action: .staffSignOut, recordType: .staff, recordID: signedIn.member.id.uuidString,
                summary: "signed out")
            try await Self.service(request).signOut(sessionID: signedIn.sessionID, audit: audit)
        }
        let response = request.redirect(to: StaffURL.signIn.path(query: [("signed-out", "1")]), redirectType: .normal)
        response.cookies[SessionCookie.name] = SessionCookie.expired(secure: request.isSecureConnection)
        return response
    }

    /// The service on the request's database, with the configured limits and bcrypt.
    static func service(_ request: Request) -> StaffSignInService {
        let configuration = request.manarat.configuration
        return StaffSignInService(
            store: StaffSignInRepository(database: request.db), attempts: RateLimitRepository(database: request.db),
            passwords: .bcrypt(cost: configuration.bcryptCost, threadPool: request.application.threadPool),
            clock: configuration.clock,
            limits: SignInLimits(
                addressLimit: configuration.signInRateLimit, addressWindow: configuration.signInRateWindow,
                lockout: configuration.lockoutPolicy),
            decoyHash: request.manarat.decoyPasswordHash)
    }
}
