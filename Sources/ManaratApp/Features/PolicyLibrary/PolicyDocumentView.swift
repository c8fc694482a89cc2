import Foundation
import ManaratDomain
import ManaratPersistence
import Plot

/// A document version as people read it: its approval first, then its text in the page's language.
enum PolicyDocumentView {
    /// The document, its file linked at `fileLink`.
    static func render(_ version: PolicyVersion, fileLink: String, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let text = PolicyLibraryText(strings: strings)
        let body =
            context.language == .english && !version.textEnglish.isEmpty ? version.textEnglish : version.textArabic
        let textLanguage = context.language == .english && !version.textEnglish.isEmpty ? "en" : "ar"
        return .article(
            .class("card policy"),
            .h1(.text(text.document(version.kind))),
            .dl(
                .class("facts"),
                .dt(.text(text.libraryVersionLabel)), .dd(.span(.class("ltr"), .text(version.label))),
                .dt(.text(text.libraryDecisionNumber)), .dd(.span(.class("ltr"), .text(version.decisionNumber))),
                .dt(.text(text.libraryApprovedOn)),
                .dd(
                    .element(
                        named: "time",
                        nodes: [
                            .attribute(named: "datetime", value: version.approvedOn.description),
                            .text(context.dates.dual(version.approvedOn)),
                        ])),
                .dt(.text(text.libraryApprovingBody)), .dd(.text(version.approvingBody)),
                .if(
                    version.fileSHA256 != nil,
                    .group(
                        .dt(.text(strings[.libraryFile])),
                        .dd(.a(.href(fileLink), .text(text.libraryFileDownload)))))),
            .div(
                .class("policy-text"), .attribute(named: "lang", value: textLanguage),
                .attribute(named: "dir", value: textLanguage == "ar" ? "rtl" : "ltr"),
                .forEach(body.components(separatedBy: "\n\n")) { paragraph in
                    .p(
                        .forEach(Array(paragraph.split(separator: "\n").enumerated())) { index, line in
                            .group(.if(index > 0, .br()), .text(String(line)))
                        })
                })
        )
    }
}
