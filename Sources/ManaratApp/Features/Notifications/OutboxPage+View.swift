import ManaratDomain
import Plot

extension OutboxPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = NotificationsText(strings: strings)
        return Layout.render(
            title: strings[.outboxTitle], context: context,
            content: .group(
                .h1(.text(strings[.outboxTitle])),
                .p(.class("muted"), .text(text.outboxExplain)),
                .nav(
                    .class("actions"), .attribute(named: "aria-label", value: text.outboxFilter),
                    .a(
                        .class(model.filter == nil ? "button" : "button button-secondary"),
                        .href(StaffURL.outbox.path), .text(text.outboxAll)),
                    .forEach(OutboxStatus.allCases) { item in
                        .a(
                            .class(model.filter == item ? "button" : "button button-secondary"),
                            .href(StaffURL.outbox.path(query: [("status", item.rawValue)])),
                            .text(strings.outboxStatus(item) + " (" + strings.number(model.counts[item] ?? 0) + ")"))
                    }),
                .if(model.entries.isEmpty, .p(.class("card"), .text(strings[.noRecordsYet]))),
                .if(
                    !model.entries.isEmpty,
                    DataTable.render(
                        headers: [
                            strings[.auditWhen], text.outboxEvent, strings[.channelLabel], text.outboxAddress,
                            text.outboxStatusLabel, text.outboxAttempts, text.outboxProviderAnswer,
                            strings[.actionsColumn],
                        ],
                        rows: model.entries.map { entry in
                            [
                                .text(context.dates.dualWithTime(entry.createdAt)),
                                .text(strings.notificationEvent(entry.event)),
                                .text(strings.notificationChannel(entry.channel)),
                                .span(
                                    .class("ltr nowrap"),
                                    .text(entry.channel == .portal ? "—" : SaudiMobile.display(entry.address))),
                                .span(
                                    .class(entry.status == .failed ? "flag" : "badge"),
                                    .text(strings.outboxStatus(entry.status))),
                                .text(strings.number(entry.attempts)),
                                .element(named: "bdi", text: String(entry.providerAnswer.prefix(120))),
                                entry.status == .failed
                                    ? .form(
                                        .method(.post), .action(StaffURL.outboxResend(entry.id).path),
                                        Layout.csrfField(context.csrfToken),
                                        .button(.type(.submit), .text(text.outboxResend)))
                                    : .text(""),
                            ]
                        }))
            ))
    }
}
