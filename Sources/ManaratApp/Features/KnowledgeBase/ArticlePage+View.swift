import Foundation
import ManaratDomain
import Plot

extension ArticlePage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let text = KnowledgeBaseText(strings: context.strings)
        let article = model.article
        let updated = text.updated(
            on: context.dates.dual(GregorianDay(article.editedAt, timeZone: context.timeZone)), version: article.version
        )
        let tail: Node<HTML.BodyContext>
        switch model.audience {
        case .visitors(let helpful, let justVoted):
            tail = .group(
                .p(.class("muted"), .text(updated)),
                .if(
                    justVoted,
                    .p(.class("alert alert-ok"), .attribute(named: "role", value: "status"), .text(text.thanksForVote))),
                .form(
                    .method(.post), .action(PublicURL.faqVote(article.id).path), .class("actions"),
                    Layout.csrfField(context.csrfToken),
                    .span(.text(text.wasThisHelpful)),
                    .button(
                        .type(.submit), .name("helpful"), .value("yes"), .class("button-secondary"),
                        .text(context.strings[.yes])),
                    .button(
                        .type(.submit), .name("helpful"), .value("no"), .class("button-secondary"),
                        .text(context.strings[.no]))),
                .p(.class("muted"), .text(text.helpfulCount(helpful))),
                .p(.a(.href(PublicURL.faq.path), .text(text.faqTitle))))
        case .staff(let mayEdit):
            tail = .group(
                .p(.class("muted"), .text(updated)),
                .div(
                    .class("actions"),
                    .if(
                        mayEdit,
                        .a(
                            .class("button button-secondary"), .href(StaffURL.articleEdit(article.id).path),
                            .text(text.editArticle))),
                    .a(.href(StaffURL.knowledgeBase.path), .text(text.knowledgeBaseTitle))))
        }
        return Layout.render(
            title: text.title(of: article), context: context,
            content: .article(
                .class("card narrow"),
                .h1(.text(text.title(of: article))),
                .if(model.audience.isStaff && !article.isPublic, .p(.span(.class("badge"), .text(text.staffOnly)))),
                SafeMarkdown.render(text.body(of: article)),
                tail
            ))
    }
}
