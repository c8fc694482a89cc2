import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The staff home and the staff member's own password.
struct DeskController {
    func home(_ request: Request) async throws -> Response {
        guard let staff = request.staff else { throw Abort(.unauthorized) }
        let today = GregorianDay(request.now, timeZone: request.manarat.configuration.timeZone)
        let model = try await DeskPage.Model.query(
            on: request.db, staff: staff, today: today, language: request.language)
        return .html(DeskPage.render(model, context: PageContext(request: request)))
    }

    func showPassword(_ request: Request) async throws -> Response {
        let saved = (try? request.query.get(String.self, at: "saved")) == "1"
        let model = PasswordPage.Model(
            mustChange: request.signedInStaff?.mustChangePassword ?? false, saved: saved, problems: [])
        return .html(PasswordPage.render(model, context: PageContext(request: request)))
    }

    func changePassword(_ request: Request) async throws -> Response {
        guard let signedIn = request.signedInStaff else { throw Abort(.unauthorized) }
        let form = try request.content.decode(PasswordForm.self)
        let token = Tokens.random()
        let audit = request.auditEvent(
            action: .staffPasswordChange, recordType: .staff, recordID: signedIn.member.id.uuidString,
            summary: "password changed by its holder")
        let problems = try await SignInController.service(request).changePassword(
            staffID: signedIn.member.id, form: form, newToken: token, clientIP: request.clientIP, audit: audit)
        guard problems.isEmpty else {
            let model = PasswordPage.Model(mustChange: signedIn.mustChangePassword, saved: false, problems: problems)
            return .html(
                PasswordPage.render(model, context: PageContext(request: request)), status: .unprocessableEntity)
        }
        // Every other session of this account ended; this browser holds the new one.
        let response = request.redirect(to: StaffURL.password.path(query: [("saved", "1")]), redirectType: .normal)
        response.cookies[SessionCookie.name] = SessionCookie.value(token, secure: request.isSecureConnection)
        return response
    }
}
