import Crypto
import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// Lists of articles, for the public FAQ and the staff knowledge base.
enum KnowledgeViews {
    static func title(_ article: ManaratDomain.Article, language: ManaratDomain.Language) -> String {
        language == .english && !article.titleEnglish.isEmpty ? article.titleEnglish : article.titleArabic
    }

    static func list(
        _ articles: [ManaratDomain.Article], query: String, action: String, link: (UUID) -> String,
        context: PageContext, showVisibility: Bool = false
    ) -> Node<HTML.BodyContext> {
        let strings = context.strings
        return .group(
            .h1(.text(showVisibility ? strings[.knowledgeBaseTitle] : strings[.faqTitle])),
            .form(
                .method(.get), .action(action), .class("card search-form"), .attribute(named: "role", value: "search"),
                FormFields.text(name: "q", label: strings[.searchLabel], value: query, errors: [], type: .search),
                .button(.type(.submit), .text(strings[.searchButton]))),
            .if(
                articles.isEmpty,
                .p(.class("card"), .text(query.isEmpty ? strings[.noRecordsYet] : strings[.searchNoResults]))),
            .forEach(
                KnowledgeBaseController.categories.filter { category in articles.contains { $0.category == category } }
            ) { category in
                .section(
                    .class("card"),
                    .h2(.text(strings.articleCategory(category))),
                    .ul(
                        .forEach(articles.filter { $0.category == category }) { article in
                            .li(
                                .a(.href(link(article.id)), .text(title(article, language: context.language))),
                                .if(
                                    showVisibility && !article.isPublic,
                                    .span(.class("badge"), .text(strings[.staffOnly]))))
                        }))
            }
        )
    }
}
