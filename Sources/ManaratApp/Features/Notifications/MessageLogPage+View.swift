import ManaratDomain
import Plot

extension MessageLogPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = NotificationsText(strings: strings)
        return Layout.render(
            title: strings[.messagesTitle], context: context,
            content: .group(
                .h1(.text(strings[.messagesTitle])),
                .p(.class("muted"), .text(text.messagesExplain)),
                DataTable.render(
                    headers: [strings[.auditWhen], strings[.channelLabel], strings[.phone], text.messageText],
                    rows: model.messages.map { message in
                        [
                            .text(context.dates.dualWithTime(message.createdAt)), .text(message.channel),
                            .span(.class("ltr nowrap"), .text(SaudiMobile.display(message.address))),
                            .element(named: "bdi", text: message.body),
                        ]
                    })
            ))
    }
}
