import Plot

extension VolunteerThanksPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = VolunteerText(strings: strings)
        return Layout.render(
            title: text.volunteerThanksTitle, context: context,
            content: .div(
                .class("card narrow"), .attribute(named: "role", value: "status"),
                .h1(.text(text.volunteerThanksTitle)),
                .p(.text(text.volunteerThanksText)),
                .div(
                    .class("actions"),
                    .a(.class("button"), .href(PublicURL.home.path), .text(strings[.errorGoHome])))
            ))
    }
}
