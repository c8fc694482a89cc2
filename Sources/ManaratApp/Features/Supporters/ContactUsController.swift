import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The public "contact us" page: its form, read by the supporter editor's rules, becomes a
/// supporter record with the message logged as a website contact due for follow-up.
struct ContactUsController {
    func show(_ request: Request) async throws -> Response {
        try await page(
            request, form: ContactUsForm(), problems: [],
            sent: (try? request.query.get(String.self, at: "sent")) == "1", status: .ok)
    }

    func submit(_ request: Request) async throws -> Response {
        let form = try request.content.decode(ContactUsForm.self)
        // Anyone may write without signing in: ten messages an hour from one address.
        guard
            try await RateLimitRepository(database: request.db).hit(
                "contact-ip:" + (request.clientIP ?? "unknown"), limit: 10, window: 3600, at: request.now)
        else { throw Abort(.tooManyRequests) }
        let draft: ContactUsDraft
        switch form.parsed() {
        case .success(let parsed): draft = parsed
        case .failure(let refused):
            return try await page(
                request, form: form, problems: refused.problems, sent: false, status: .unprocessableEntity)
        }
        let supporterID = request.newID()
        try await request.audited(
            action: .supporterContactForm, recordType: .supporter, recordID: supporterID.uuidString,
            summary: "message from the public contact form"
        ) { db in
            try await SupporterController.service(request, on: db).receive(draft, as: supporterID)
        }
        return request.redirect(to: PublicURL.contact.path(query: [("sent", "1")]), redirectType: .normal)
    }

    private func page(
        _ request: Request, form: ContactUsForm, problems: [SupporterProblem], sent: Bool, status: HTTPResponseStatus
    ) async throws -> Response {
        let model = try await ContactUsPage.Model.query(
            SupporterStoreRepository(database: request.db), form: form, problems: problems, sent: sent)
        return .html(ContactUsPage.render(model, context: PageContext(request: request)), status: status)
    }
}
