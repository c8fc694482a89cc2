import Plot

extension HomePage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = PublicShellText(strings: strings)
        return Layout.render(
            title: strings[.homeTitle], context: context,
            content: .group(
                .h1(.text(strings[.homeTitle])),
                .div(.class("card"), .p(.text(text.homeIntro))),
                .h2(.text(strings[.homeChannels])),
                .ul(.class("card"), .forEach(model.channels) { .li(.text(strings.channel($0))) }),
                .div(
                    .class("actions"),
                    .a(.class("button"), .href(PublicURL.volunteerApply.path), .text(text.homeVolunteer)),
                    .a(.class("button button-secondary"), .href(StaffURL.signIn.path), .text(strings[.navStaffSignIn])))
            ))
    }
}
