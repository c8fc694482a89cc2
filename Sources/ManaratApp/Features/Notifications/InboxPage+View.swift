import ManaratDomain
import Plot

extension InboxPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = NotificationsText(strings: strings)
        return Layout.render(
            title: strings[.inboxTitle], context: context,
            content: .group(
                .h1(.text(strings[.inboxTitle])),
                .if(model.messages.isEmpty, .p(.class("card"), .text(strings[.inboxEmpty]))),
                .forEach(model.messages) { message in
                    .article(
                        .class(message.readAt == nil ? "card unread" : "card"),
                        .h2(.text(message.subject)),
                        .p(.class("muted"), .text(context.dates.dualWithTime(message.createdAt))),
                        // The message keeps the language it was written in, whatever the interface shows.
                        .p(
                            .attribute(named: "lang", value: message.language.rawValue),
                            .attribute(named: "dir", value: message.language.isRightToLeft ? "rtl" : "ltr"),
                            MessageText.render(message.body)),
                        .unwrap(
                            message.relatedID.flatMap { id in
                                message.event == .inquiryAnswered ? PortalURL.inquiry(id) : PortalURL.request(id)
                            }
                        ) { url in
                            .p(.a(.href(url.path), .text(text.inboxOpen)))
                        })
                },
                .p(.a(.href(PortalURL.notificationSettings.path), .text(strings[.notificationSettingsTitle])))
            ))
    }
}
