import ManaratDomain
import Plot

extension ConflictOverviewPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = ConflictText(strings: strings)
        return Layout.render(
            title: strings[.conflictsTitle], context: context,
            content: .group(
                .h1(.text(strings[.conflictsTitle])),
                .h2(.text(text.recusalsTitle)),
                .if(model.recusals.isEmpty, .p(.class("muted"), .text(text.noRecusals))),
                .if(
                    !model.recusals.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.auditWhen], strings[.displayName], strings[.auditAction],
                            strings[.requestReference],
                        ],
                        rows: model.recusals.map { recusal in
                            [
                                .text(context.dates.dualWithTime(recusal.createdAt)),
                                .text(model.staffNames[recusal.staffID] ?? ""),
                                .text(recusal.action + " — " + recusal.reason),
                                .a(
                                    .href(StaffURL.request(recusal.requestID).path),
                                    .span(
                                        .class("ltr nowrap"),
                                        .text(model.references[recusal.requestID] ?? strings[.openFile]))),
                            ]
                        })),
                .h2(.text(text.declarationsTitle)),
                .if(model.declarations.isEmpty, .p(.class("muted"), .text(strings[.noRecordsYet]))),
                .if(
                    !model.declarations.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.displayName], strings[.relation], strings[.identityNumber], strings[.auditWhen],
                        ],
                        rows: model.declarations.map { declaration in
                            [
                                .text(model.staffNames[declaration.staffID] ?? ""),
                                .text(text.relation(stored: declaration.relation)),
                                .span(.class("ltr"), .text(declaration.identityNumber)),
                                .text(
                                    context.dates.dual(GregorianDay(declaration.createdAt, timeZone: context.timeZone))),
                            ]
                        }))
            ))
    }
}
