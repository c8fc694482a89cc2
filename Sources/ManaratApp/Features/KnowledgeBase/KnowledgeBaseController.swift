import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The knowledge base: frequently asked questions for everyone, staff-only notes for the desk,
/// versions kept, searched with the registry's Arabic normalization, and "was this helpful"
/// counted once per visitor. Each handler reads its input, asks a page's query or the service,
/// and hands the model to the page.
struct KnowledgeBaseController {
    static let writers: Set<Role> = [.admin, .quality, .relations]

    func publicList(_ request: Request) async throws -> Response {
        let model = try await ArticleList.Model.query(store(request), query: searchText(request), audience: .visitors)
        return .html(ArticleList.render(model, context: PageContext(request: request)))
    }

    func staffList(_ request: Request) async throws -> Response {
        let audience = ArticleList.Audience.staff(mayWrite: Access.staff(Self.writers).admits(request.staff))
        let model = try await ArticleList.Model.query(store(request), query: searchText(request), audience: audience)
        return .html(ArticleList.render(model, context: PageContext(request: request)))
    }

    func publicArticle(_ request: Request) async throws -> Response {
        let justVoted = (try? request.query.get(String.self, at: "voted")) == "1"
        guard let id = request.parameter(.articleID, as: UUID.self),
            let model = try await ArticlePage.Model.visitors(store(request), id: id, justVoted: justVoted)
        else { throw Abort(.notFound) }
        return .html(ArticlePage.render(model, context: PageContext(request: request)))
    }

    /// Any article, staff-only ones included, for every member of staff; writers also get the edit link.
    func staffArticle(_ request: Request) async throws -> Response {
        let mayEdit = Access.staff(Self.writers).admits(request.staff)
        guard let id = request.parameter(.articleID, as: UUID.self),
            let model = try await ArticlePage.Model.staff(store(request), id: id, mayEdit: mayEdit)
        else { throw Abort(.notFound) }
        return .html(ArticlePage.render(model, context: PageContext(request: request)))
    }

    func vote(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.articleID, as: UUID.self),
            let article = try await store(request).find(id: id), article.isPublic
        else { throw Abort(.notFound) }
        let helpful = (try? request.content.get(String.self, at: "helpful")) == "yes"
        // The visitor is the signed-in person, or the browser's visitor cookie; only its hash is kept.
        let visitor =
            request.signedInBeneficiary.map { "b:" + $0.id.uuidString } ?? request.staff.map { "s:" + $0.id.uuidString }
            ?? "v:" + Tokens.hash(CSRF.visitorValue(for: request))
        let clock = request.manarat.configuration.clock
        try await request.audited(
            action: .articleVote, recordType: .article, recordID: id.uuidString,
            summary: helpful ? "helpful" : "not helpful"
        ) { db in
            _ = try await KnowledgeBaseService(store: ArticleRepository(database: db), clock: clock)
                .vote(on: article, visitor: visitor, helpful: helpful)
        }
        return request.redirect(to: PublicURL.faqArticle(id).path(query: [("voted", "1")]), redirectType: .normal)
    }

    func showNew(_ request: Request) async throws -> Response {
        try await editor(request, article: nil, form: .blank, problems: [], status: .ok)
    }

    func showEdit(_ request: Request) async throws -> Response {
        let article = try await find(request)
        return try await editor(
            request, article: article, form: ArticleForm(article: article), problems: [], status: .ok)
    }

    func create(_ request: Request) async throws -> Response { try await save(request, existing: nil) }

    func update(_ request: Request) async throws -> Response {
        try await save(request, existing: try await find(request))
    }

    private func save(_ request: Request, existing: Article?) async throws -> Response {
        let form = try request.content.decode(ArticleForm.self)
        let draft: ArticleDraft
        switch form.parsed() {
        case .success(let parsed): draft = parsed
        case .failure(let problems):
            return try await editor(
                request, article: existing, form: form, problems: problems.fields, status: .unprocessableEntity)
        }
        let id = existing?.id ?? request.newID()
        let editor = request.staff?.displayName ?? ""
        let clock = request.manarat.configuration.clock
        try await request.audited(
            action: existing == nil ? .articleCreate : .articleUpdate, recordType: .article, recordID: id.uuidString,
            summary: "\(draft.category.rawValue) public=\(draft.isPublic)"
        ) { db in
            try await KnowledgeBaseService(store: ArticleRepository(database: db), clock: clock)
                .save(draft, as: id, replacing: existing, editor: editor)
        }
        return request.redirect(to: StaffURL.knowledgeBase.path, redirectType: .normal)
    }

    private func find(_ request: Request) async throws -> Article {
        guard let id = request.parameter(.articleID, as: UUID.self), let article = try await store(request).find(id: id)
        else { throw Abort(.notFound) }
        return article
    }

    private func editor(
        _ request: Request, article: Article?, form: ArticleForm, problems: [ArticleForm.Field],
        status: HTTPResponseStatus
    ) async throws -> Response {
        let model = try await ArticleEditor.Model.query(
            store(request), article: article, form: form, problems: problems)
        return .html(ArticleEditor.render(model, context: PageContext(request: request)), status: status)
    }

    private func store(_ request: Request) -> any ArticleStore {
        ArticleRepository(database: request.db)
    }

    private func searchText(_ request: Request) -> String {
        (try? request.query.get(String.self, at: "q")) ?? ""
    }
}
