import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Beneficiaries sign in with their identity number and mobile, then a one-time code, and may
/// register themselves. Each handler decodes its form, asks `PortalSignInService` and answers
/// with the page, or the redirect and cookies.
struct PortalAuthController {
    func showSignIn(_ request: Request) async throws -> Response {
        if request.signedInBeneficiary != nil {
            return request.redirect(to: PortalURL.home.path, redirectType: .normal)
        }
        return signInPage(request, .init(form: PortalSignInForm(), problems: []), status: .ok)
    }

    func sendCode(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PortalSignInForm.self)
        switch form.parsed() {
        case .failure(let refused):
            return signInPage(request, .init(form: form, problems: refused.problems), status: .unprocessableEntity)
        case .success(let parsed):
            let outcome = try await Self.service(request).requestCode(
                identity: parsed.identity, mobile: parsed.mobile, from: request.clientIP)
            return codeIssued(request, outcome)
        }
    }

    func showCode(_ request: Request) async throws -> Response {
        guard Self.pending(request) != nil else {
            return request.redirect(to: PortalURL.signIn.path, redirectType: .normal)
        }
        return .html(PortalCodePage.render(.init(refusal: nil), context: PageContext(request: request)))
    }

    func verifyCode(_ request: Request) async throws -> Response {
        guard let rowID = Self.pending(request) else {
            return request.redirect(to: PortalURL.signIn.path, redirectType: .normal)
        }
        let form = try request.content.decode(PortalCodeForm.self)
        let token = Tokens.random()
        let outcome = try await Self.service(request).verify(
            codeID: rowID, typed: form.code ?? "", from: request.clientIP, newToken: token)
        let secure = request.isSecureConnection
        switch outcome {
        case .signedIn:
            let response = request.redirect(to: PortalURL.home.path, redirectType: .normal)
            response.cookies[SessionCookie.name] = SessionCookie.value(token, secure: secure)
            response.cookies[PendingCodeCookie.name] = PendingCodeCookie.expired(secure: secure)
            return response
        case .noSuchCode:
            return request.redirect(to: PortalURL.signIn.path, redirectType: .normal)
        case .rateLimited:
            throw Abort(.tooManyRequests)
        case .locked, .expired, .wrong:
            let status: HTTPResponseStatus = outcome == .locked ? .tooManyRequests : .unauthorized
            return .html(
                PortalCodePage.render(.init(refusal: outcome), context: PageContext(request: request)), status: status)
        }
    }

    func signOut(_ request: Request) async throws -> Response {
        if let beneficiary = request.signedInBeneficiary {
            let audit = request.auditEvent(
                action: .portalSignOut, recordType: .beneficiary, recordID: beneficiary.id.uuidString,
                summary: "signed out")
            try await Self.service(request).signOut(sessionID: beneficiary.sessionID, audit: audit)
        }
        let response = request.redirect(to: PublicURL.home.path, redirectType: .normal)
        response.cookies[SessionCookie.name] = SessionCookie.expired(secure: request.isSecureConnection)
        return response
    }

    func showRegister(_ request: Request) async throws -> Response {
        .html(PortalRegisterPage.render(.init(form: .blank, problems: []), context: PageContext(request: request)))
    }

    func register(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PortalRegisterForm.self)
        switch form.parsed() {
        case .failure(let refused):
            return .html(
                PortalRegisterPage.render(
                    .init(form: form, problems: refused.problems), context: PageContext(request: request)),
                status: .unprocessableEntity)
        case .success(let registration):
            let outcome = try await Self.service(request).register(
                registration, language: request.language, from: request.clientIP)
            return codeIssued(request, outcome)
        }
    }

    /// The code page (with the cookie naming the code) or the sign-in page saying which limit held.
    private func codeIssued(_ request: Request, _ outcome: PortalCodeOutcome) -> Response {
        switch outcome {
        case .issued(let id):
            let response = request.redirect(to: PortalURL.code.path, redirectType: .normal)
            response.cookies[PendingCodeCookie.name] = PendingCodeCookie.cookie(
                id, key: request.manarat.signingKey, lifetime: PortalSignInLimits.standard.codeLifetime,
                secure: request.isSecureConnection)
            return response
        case .locked:
            return signInPage(request, .init(form: PortalSignInForm(), problems: [.locked]), status: .tooManyRequests)
        case .tooManyCodes:
            return signInPage(
                request, .init(form: PortalSignInForm(), problems: [.tooManyCodes]), status: .tooManyRequests)
        }
    }

    private func signInPage(_ request: Request, _ model: PortalSignInPage.Model, status: HTTPResponseStatus)
        -> Response
    {
        .html(PortalSignInPage.render(model, context: PageContext(request: request)), status: status)
    }

    /// The pending code's row id from the signed cookie, if the signature holds.
    static func pending(_ request: Request) -> UUID? {
        PendingCodeCookie.rowID(
            in: request.incomingCookies[PendingCodeCookie.name]?.string, key: request.manarat.signingKey)
    }

    /// The service on the request's database, sending codes through the notifier.
    static func service(_ request: Request) -> PortalSignInService {
        let configuration = request.manarat.configuration
        let database = request.db
        let protection = request.manarat.protection
        return PortalSignInService(
            store: PortalAccessRepository(database: database), attempts: RateLimitRepository(database: database),
            sender: PortalCodeSender { beneficiary, code, mobile in
                let now = configuration.clock.now()
                try await database.writeTransaction { db in
                    try await Notifier(
                        database: db, settings: configuration.notifications, timeZone: configuration.timeZone, now: now
                    )
                    .notify(beneficiary, of: .oneTimeCode, .init(code: code, mobile: mobile))
                }
            },
            clock: configuration.clock, ids: configuration.ids,
            newCode: { String(format: "%06d", Int.random(in: 0..<1_000_000)) }, key: request.manarat.signingKey,
            identityIndex: { protection.index($0) })
    }
}
