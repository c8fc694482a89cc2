import Foundation
import ManaratDomain
import Plot

extension LibraryPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = PolicyLibraryText(strings: strings)
        return Layout.render(
            title: text.libraryTitle, context: context,
            content: .group(
                .h1(.text(text.libraryTitle)),
                .p(.class("muted"), .text(text.libraryExplain)),
                .forEach(PolicyDocumentKind.allCases) { kind in
                    let version = model.current.first { $0.kind == kind }
                    return .section(
                        .class("card"),
                        .h2(.text(PolicyLibraryText(strings: strings).document(kind))),
                        .unwrap(version) { version in
                            .group(
                                .p(
                                    .a(
                                        .href(StaffURL.libraryVersion(version.id).path),
                                        .text(
                                            text.libraryVersionLine(
                                                label: version.label, decision: version.decisionNumber,
                                                date: context.dates.dual(version.approvedOn))))),
                                .if(
                                    model.unread.contains(version.id),
                                    .p(.span(.class("flag"), .text(text.libraryNotAcknowledged))))
                            )
                        },
                        .if(version == nil, .p(.class("muted"), .text(text.libraryNoVersion))),
                        .if(
                            model.isAdmin,
                            .p(.a(.href(StaffURL.libraryPublish(kind).path), .text(strings[.libraryPublish])))))
                }
            ))
    }
}
