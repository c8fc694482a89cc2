import ManaratDomain
import Plot

extension TemplateListPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = NotificationsText(strings: strings)
        return Layout.render(
            title: strings[.templatesTitle], context: context,
            content: .group(
                .h1(.text(strings[.templatesTitle])),
                .p(.class("muted"), .text(text.templatesExplain)),
                .forEach(model.events) { row in
                    .section(
                        .class("card"),
                        .h2(.text(strings.notificationEvent(row.event))),
                        .ul(
                            .forEach(row.variants) { variant in
                                .li(
                                    .a(
                                        .href(
                                            StaffURL.templateEdit(
                                                variant.key.event, variant.key.channel, variant.key.language
                                            ).path),
                                        .text(
                                            strings.notificationChannel(variant.key.channel) + " — "
                                                + strings.languageName(variant.key.language))),
                                    .text(" "),
                                    .span(
                                        .class("muted"),
                                        .text(variant.isCustom ? text.templateCustom : text.templateDefault)),
                                    .br(), .element(named: "bdi", text: variant.body))
                            }))
                }
            ))
    }
}
