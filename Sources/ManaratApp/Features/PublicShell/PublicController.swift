import ManaratDomain
import ManaratPersistence
import Vapor

/// The public pages and the small shared endpoints.
struct PublicController {
    func home(_ request: Request) async throws -> Response {
        .html(HomePage.render(.standard, context: PageContext(request: request)))
    }

    func services(_ request: Request) async throws -> Response {
        let model = try await ServicesPage.Model.query(on: request.db)
        return .html(ServicesPage.render(model, context: PageContext(request: request)))
    }

    func setLanguage(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LanguageForm.self)
        guard let language = form.chosen else {
            throw Abort(.badRequest)
        }
        let response = request.redirect(
            to: request.safeLocalPath(form.back, fallback: PublicURL.home.path), redirectType: .normal)
        response.cookies[LanguageCookie.name] = LanguageCookie.value(language, secure: request.isSecureConnection)
        return response
    }

    func stylesheet(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .css
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }

    func health(_ request: Request) async throws -> Response {
        _ = try await ManaratPersistenceHealth.check(request.db)
        return Response(status: .ok, body: .init(string: "ok"))
    }
}
