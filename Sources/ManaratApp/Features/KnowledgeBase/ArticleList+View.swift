import Foundation
import ManaratDomain
import Plot

extension ArticleList {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let text = KnowledgeBaseText(strings: context.strings)
        let strings = context.strings
        let isStaff = model.audience != .visitors
        let link: (UUID) -> String = { isStaff ? StaffURL.article($0).path : PublicURL.faqArticle($0).path }
        let title = isStaff ? text.knowledgeBaseTitle : text.faqTitle
        return Layout.render(
            title: title, context: context,
            content: .group(
                .if(
                    model.audience == .staff(mayWrite: true),
                    .div(
                        .class("actions"), .a(.class("button"), .href(StaffURL.articleNew.path), .text(text.newArticle))
                    )),
                .h1(.text(title)),
                .form(
                    .method(.get), .action(isStaff ? StaffURL.knowledgeBase.path : PublicURL.faq.path),
                    .class("card search-form"), .attribute(named: "role", value: "search"),
                    FormFields.text(
                        name: "q", label: strings[.searchLabel], value: model.query, errors: [], type: .search),
                    .button(.type(.submit), .text(strings[.searchButton]))),
                .if(
                    model.articles.isEmpty,
                    .p(.class("card"), .text(model.query.isEmpty ? strings[.noRecordsYet] : strings[.searchNoResults]))),
                .forEach(model.categories) { category in
                    .section(
                        .class("card"),
                        .h2(.text(text.category(category))),
                        .ul(
                            .forEach(model.articles(in: category)) { article in
                                .li(
                                    .a(.href(link(article.id)), .text(text.title(of: article))),
                                    .if(isStaff && !article.isPublic, .span(.class("badge"), .text(text.staffOnly))))
                            }))
                }
            ))
    }
}
