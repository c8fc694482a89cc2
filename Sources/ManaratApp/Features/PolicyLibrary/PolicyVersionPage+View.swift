import Foundation
import ManaratDomain
import Plot

extension PolicyVersionPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = PolicyLibraryText(strings: strings)
        let (version, acknowledgements, history) = (model.version, model.acknowledgements, model.history)
        let (isAdmin, everyone) = (model.isAdmin, model.everyone)
        return Layout.render(
            title: PolicyLibraryText(strings: strings).document(version.kind), context: context,
            content: .group(
                .if(
                    version.isCurrent && acknowledgements[model.staffID] == nil,
                    .form(
                        .method(.post), .action(StaffURL.libraryAcknowledge(version.id).path),
                        .class("alert alert-info"),
                        Layout.csrfField(context.csrfToken),
                        .p(.text(text.libraryAcknowledgeExplain)),
                        .button(.type(.submit), .text(strings[.libraryAcknowledge])))),
                .if(!version.isCurrent, .div(.class("alert alert-info"), .text(text.libraryOldVersion))),
                PolicyDocumentView.render(version, fileLink: StaffURL.libraryFile(version.id).path, context: context),
                .section(
                    .class("card"),
                    .h2(.text(strings[.libraryVersions])),
                    .ul(
                        .forEach(history) { old in
                            .li(
                                .a(
                                    .href(StaffURL.libraryVersion(old.id).path),
                                    .text(
                                        text.libraryVersionLine(
                                            label: old.label, decision: old.decisionNumber,
                                            date: context.dates.dual(old.approvedOn)))),
                                .if(old.isCurrent, .span(.class("badge"), .text(text.libraryCurrent))))
                        })),
                .if(
                    isAdmin && version.isCurrent,
                    .section(
                        .class("card"),
                        .h2(.text(text.libraryWhoRead)),
                        DataTable.render(
                            headers: [strings[.displayName], strings[.status]],
                            rows: everyone.map { member in
                                [
                                    .text(member.displayName),
                                    acknowledgements[member.id].map { .text(context.dates.dualWithTime($0)) }
                                        ?? .span(.class("flag"), .text(text.libraryNotAcknowledged)),
                                ]
                            })))
            ))
    }
}
