import Crypto
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The knowledge base: frequently asked questions for everyone, staff-only notes for the desk,
/// versions kept, searched with the registry's Arabic normalization, and "was this helpful"
/// counted once per visitor.
struct KnowledgeBaseController {
    static let writers: Set<Role> = [.admin, .quality, .relations]
    static let categories = ["services", "requests", "documents", "payments", "volunteering", "other"]

    func publicList(_ request: Request) async throws -> Response {
        let query = String(((try? request.query.get(String.self, at: "q")) ?? "").prefix(100))
        let articles = try await ArticleRepository(database: request.db).search(query, includeStaffOnly: false)
        let context = PageContext(request: request)
        return .html(
            Layout.render(
                title: context.strings[.faqTitle], context: context,
                content: KnowledgeViews.list(
                    articles, query: query, action: PublicURL.faq.path, link: { PublicURL.faqArticle($0).path },
                    context: context)))
    }

    func publicArticle(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.articleID, as: UUID.self),
            let article = try await ArticleRepository(database: request.db).find(id: id), article.isPublic
        else { throw Abort(.notFound) }
        let votes = try await ArticleRepository(database: request.db).votes(id: id)
        let context = PageContext(request: request)
        let strings = context.strings
        let voted = (try? request.query.get(String.self, at: "voted")) == "1"
        return .html(
            Layout.render(
                title: KnowledgeViews.title(article, language: context.language), context: context,
                content: .article(
                    .class("card narrow"),
                    .h1(.text(KnowledgeViews.title(article, language: context.language))),
                    SafeMarkdown.render(
                        context.language == .english && !article.bodyEnglish.isEmpty
                            ? article.bodyEnglish : article.bodyArabic),
                    .p(
                        .class("muted"),
                        .text(
                            strings.format(
                                .articleUpdated,
                                [
                                    "date": context.dates.dual(
                                        GregorianDay(article.editedAt, timeZone: context.timeZone)),
                                    "version": strings.number(article.version),
                                ]))),
                    .if(
                        voted,
                        .p(
                            .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                            .text(strings[.thanksForVote]))),
                    .form(
                        .method(.post), .action(PublicURL.faqVote(article.id).path), .class("actions"),
                        Layout.csrfField(context.csrfToken),
                        .span(.text(strings[.wasThisHelpful])),
                        .button(
                            .type(.submit), .name("helpful"), .value("yes"), .class("button-secondary"),
                            .text(strings[.yes])),
                        .button(
                            .type(.submit), .name("helpful"), .value("no"), .class("button-secondary"),
                            .text(strings[.no]))),
                    .p(.class("muted"), .text(strings.format(.helpfulCount, ["count": strings.number(votes.helpful)]))),
                    .p(.a(.href(PublicURL.faq.path), .text(strings[.faqTitle])))
                )))
    }

    func vote(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.articleID, as: UUID.self),
            try await ArticleRepository(database: request.db).find(id: id)?.isPublic == true
        else { throw Abort(.notFound) }
        let helpful = (try? request.content.get(String.self, at: "helpful")) == "yes"
        // The visitor is the signed-in person, or the browser's visitor cookie; only its hash is kept.
        let visitor =
            request.signedInBeneficiary.map { "b:" + $0.id.uuidString } ?? request.staff.map { "s:" + $0.id.uuidString }
            ?? "v:" + Tokens.hash(CSRF.visitorValue(for: request))
        try await request.audited(
            action: .articleVote, recordType: .article, recordID: id.uuidString,
            summary: helpful ? "helpful" : "not helpful"
        ) { db in
            _ = try await ArticleRepository(database: db).vote(id: id, visitor: visitor, helpful: helpful)
        }
        return request.redirect(to: PublicURL.faqArticle(id).path(query: [("voted", "1")]), redirectType: .normal)
    }

    func staffList(_ request: Request) async throws -> Response {
        let query = String(((try? request.query.get(String.self, at: "q")) ?? "").prefix(100))
        let articles = try await ArticleRepository(database: request.db).search(query, includeStaffOnly: true)
        let context = PageContext(request: request)
        let mayWrite = Access.staff(Self.writers).admits(request.staff)
        return .html(
            Layout.render(
                title: context.strings[.knowledgeBaseTitle], context: context,
                content: .group(
                    .if(
                        mayWrite,
                        .div(
                            .class("actions"),
                            .a(
                                .class("button"), .href(StaffURL.articleNew.path),
                                .text(context.strings[.articleNewTitle])))),
                    KnowledgeViews.list(
                        articles, query: query, action: StaffURL.knowledgeBase.path,
                        link: { StaffURL.article($0).path }, context: context, showVisibility: true)
                )))
    }

    /// Any article, staff-only ones included, for every member of staff; writers also get the edit link.
    func staffArticle(_ request: Request) async throws -> Response {
        guard let id = request.parameter(.articleID, as: UUID.self),
            let article = try await ArticleRepository(database: request.db).find(id: id)
        else { throw Abort(.notFound) }
        let context = PageContext(request: request)
        let strings = context.strings
        let mayWrite = Access.staff(Self.writers).admits(request.staff)
        return .html(
            Layout.render(
                title: KnowledgeViews.title(article, language: context.language), context: context,
                content: .article(
                    .class("card narrow"),
                    .h1(.text(KnowledgeViews.title(article, language: context.language))),
                    .if(!article.isPublic, .p(.span(.class("badge"), .text(strings[.staffOnly])))),
                    SafeMarkdown.render(
                        context.language == .english && !article.bodyEnglish.isEmpty
                            ? article.bodyEnglish : article.bodyArabic),
                    .p(
                        .class("muted"),
                        .text(
                            strings.format(
                                .articleUpdated,
                                [
                                    "date": context.dates.dual(
                                        GregorianDay(article.editedAt, timeZone: context.timeZone)),
                                    "version": strings.number(article.version),
                                ]))),
                    .div(
                        .class("actions"),
                        .if(
                            mayWrite,
                            .a(
                                .class("button button-secondary"), .href(StaffURL.articleEdit(article.id).path),
                                .text(strings[.articleEditTitle]))),
                        .a(.href(StaffURL.knowledgeBase.path), .text(strings[.knowledgeBaseTitle])))
                )))
    }

    struct Form: Content {
        var category: String?
        var isPublic: String?
        var titleArabic: String?
        var bodyArabic: String?
        var titleEnglish: String?
        var bodyEnglish: String?
    }

    func showNew(_ request: Request) async throws -> Response {
        try await render(
            request, article: nil, form: Form(category: "requests", isPublic: "on"), errors: [], status: .ok)
    }

    func showEdit(_ request: Request) async throws -> Response {
        let article = try await find(request)
        return try await render(
            request, article: article,
            form: Form(
                category: article.category, isPublic: article.isPublic ? "on" : nil, titleArabic: article.titleArabic,
                bodyArabic: article.bodyArabic, titleEnglish: article.titleEnglish, bodyEnglish: article.bodyEnglish),
            errors: [], status: .ok)
    }

    func create(_ request: Request) async throws -> Response { try await save(request, existing: nil) }

    func update(_ request: Request) async throws -> Response {
        try await save(request, existing: try await find(request))
    }

    private func save(_ request: Request, existing: ManaratDomain.Article?) async throws -> Response {
        let form = try request.content.decode(Form.self)
        let strings = request.strings
        var errors: [FieldError] = []
        let title = (form.titleArabic ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let body = (form.bodyArabic ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty || title.count > 200 {
            errors.append(
                FieldError(
                    field: "titleArabic",
                    message: strings.format(.fieldRequiredNamed, ["field": strings[.articleTitleArabic]])))
        }
        if body.isEmpty || body.count > 40_000 {
            errors.append(
                FieldError(
                    field: "bodyArabic",
                    message: strings.format(.fieldRequiredNamed, ["field": strings[.articleBodyArabic]])))
        }
        guard errors.isEmpty else {
            return try await render(
                request, article: existing, form: form, errors: errors, status: .unprocessableEntity)
        }
        let article = ManaratDomain.Article(
            id: existing?.id ?? request.manarat.configuration.ids.next(),
            category: Self.categories.contains(form.category ?? "") ? form.category! : "other",
            isPublic: form.isPublic == "on", version: existing?.version ?? 1, titleArabic: title, bodyArabic: body,
            titleEnglish: String((form.titleEnglish ?? "").prefix(200)),
            bodyEnglish: String((form.bodyEnglish ?? "").prefix(40_000)), editedBy: request.staff?.displayName ?? "",
            editedAt: request.now)
        try await request.audited(
            action: existing == nil ? .articleCreate : .articleUpdate, recordType: .article,
            recordID: article.id.uuidString, summary: "\(article.category) public=\(article.isPublic)"
        ) { db in
            try await ArticleRepository(database: db).save(article)
        }
        return request.redirect(to: StaffURL.knowledgeBase.path, redirectType: .normal)
    }

    private func find(_ request: Request) async throws -> ManaratDomain.Article {
        guard let id = request.parameter(.articleID, as: UUID.self),
            let article = try await ArticleRepository(database: request.db).find(id: id)
        else { throw Abort(.notFound) }
        return article
    }

    private func render(
        _ request: Request, article: ManaratDomain.Article?, form: Form, errors: [FieldError],
        status: HTTPResponseStatus
    ) async throws -> Response {
        let history =
            try await article.asyncFlatMap { try await ArticleRepository(database: request.db).history(id: $0.id) }
            ?? []
        let context = PageContext(request: request)
        let strings = context.strings
        let title = article == nil ? strings[.articleNewTitle] : strings[.articleEditTitle]
        return .html(
            Layout.render(
                title: title, context: context,
                content: .div(
                    .class("card"),
                    .h1(.text(title)),
                    FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                    .form(
                        .method(.post),
                        .action(article.map { StaffURL.articleEdit($0.id).path } ?? StaffURL.articleNew.path),
                        Layout.csrfField(context.csrfToken),
                        FormFields.select(
                            name: "category", label: strings[.inquiryCategory],
                            options: Self.categories.map { (value: $0, label: strings.articleCategory($0)) },
                            selected: form.category, errors: errors),
                        FormFields.checkbox(
                            name: "isPublic", label: strings[.articlePublic], checked: form.isPublic == "on"),
                        FormFields.text(
                            name: "titleArabic", label: strings[.articleTitleArabic], value: form.titleArabic,
                            errors: errors, required: true),
                        FormFields.textArea(
                            name: "bodyArabic", label: strings[.articleBodyArabic], value: form.bodyArabic,
                            errors: errors, rows: 10, hint: strings[.markdownHint]),
                        FormFields.text(
                            name: "titleEnglish", label: strings[.articleTitleEnglish], value: form.titleEnglish,
                            errors: errors, direction: "ltr"),
                        FormFields.textArea(
                            name: "bodyEnglish", label: strings[.articleBodyEnglish], value: form.bodyEnglish,
                            errors: errors, rows: 6),
                        .div(
                            .class("actions"), .button(.type(.submit), .text(strings[.save])),
                            .a(.href(StaffURL.knowledgeBase.path), .text(strings[.cancel])))),
                    .if(
                        !history.isEmpty,
                        .section(
                            .h2(.text(strings[.libraryVersions])),
                            .ul(
                                .forEach(history) {
                                    .li(
                                        .text(
                                            strings.number($0.version) + " — " + $0.editedBy + " — "
                                                + context.dates.dualWithTime($0.editedAt)))
                                })))
                )), status: status)
    }
}
