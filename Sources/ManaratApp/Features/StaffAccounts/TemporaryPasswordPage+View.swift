import Plot

extension TemporaryPasswordPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = StaffAccountsText(strings: strings)
        return Layout.render(
            title: text.temporaryPasswordTitle, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(text.temporaryPasswordTitle)),
                .p(.text(text.temporaryPasswordExplain(name: model.displayName))),
                .p(.strong(.text(strings[.username] + ": ")), .span(.class("ltr"), .text(model.username))),
                .p(.strong(.text(strings[.password] + ": ")), .span(.class("secret"), .text(model.password))),
                .p(.class("muted"), .text(text.temporaryPasswordOnce)),
                .div(
                    .class("actions"),
                    .a(.class("button"), .href(StaffURL.staffList.path), .text(text.backToStaffList)))
            ))
    }
}
