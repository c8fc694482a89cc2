import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// A document version as people read it: its approval first, then its text in the page's language.
enum LibraryViews {
    static func document(_ version: PolicyVersion, fileLink: String, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text =
            context.language == .english && !version.textEnglish.isEmpty ? version.textEnglish : version.textArabic
        let textLanguage = context.language == .english && !version.textEnglish.isEmpty ? "en" : "ar"
        return .article(
            .class("card policy"),
            .h1(.text(strings.policyDocument(version.kind))),
            .dl(
                .class("facts"),
                .dt(.text(strings[.libraryVersionLabel])), .dd(.span(.class("ltr"), .text(version.label))),
                .dt(.text(strings[.libraryDecisionNumber])), .dd(.span(.class("ltr"), .text(version.decisionNumber))),
                .dt(.text(strings[.libraryApprovedOn])),
                .dd(
                    .element(
                        named: "time",
                        nodes: [
                            .attribute(named: "datetime", value: version.approvedOn.description),
                            .text(context.dates.dual(version.approvedOn)),
                        ])),
                .dt(.text(strings[.libraryApprovingBody])), .dd(.text(version.approvingBody)),
                .if(
                    version.fileSHA256 != nil,
                    .group(
                        .dt(.text(strings[.libraryFile])),
                        .dd(.a(.href(fileLink), .text(strings[.libraryFileDownload])))))),
            .div(
                .class("policy-text"), .attribute(named: "lang", value: textLanguage),
                .attribute(named: "dir", value: textLanguage == "ar" ? "rtl" : "ltr"),
                .forEach(text.components(separatedBy: "\n\n")) { paragraph in
                    .p(
                        .forEach(Array(paragraph.split(separator: "\n").enumerated())) { index, line in
                            .group(.if(index > 0, .br()), .text(String(line)))
                        })
                })
        )
    }
}
