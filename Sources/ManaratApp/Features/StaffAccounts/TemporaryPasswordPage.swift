import Foundation
import ManaratDomain
import Plot

/// Shows a password an administrator just set, once: it is not stored anywhere it could be read again.
enum TemporaryPasswordPage {
    struct Model {
        var displayName: String
        var username: String
        var password: String
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        return Layout.render(
            title: strings[.temporaryPasswordTitle], context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings[.temporaryPasswordTitle])),
                .p(.text(strings.format(.temporaryPasswordExplain, ["name": model.displayName]))),
                .p(.strong(.text(strings[.username] + ": ")), .span(.class("ltr"), .text(model.username))),
                .p(.strong(.text(strings[.password] + ": ")), .span(.class("secret"), .text(model.password))),
                .p(.class("muted"), .text(strings[.temporaryPasswordOnce])),
                .div(
                    .class("actions"),
                    .a(.class("button"), .href(StaffURL.staffList.path), .text(strings[.backToStaffList])))
            ))
    }
}
