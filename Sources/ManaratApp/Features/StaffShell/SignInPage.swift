import Plot
import Vapor

/// The staff sign-in page.
enum SignInPage {
    /// Why the last attempt was refused.
    enum Refusal: Equatable {
        case invalid
        case locked(minutes: Int)
        case rateLimited
    }

    struct Model {
        var username: String
        var next: String
        var refusal: Refusal?
        var signedOut: Bool
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let message: String? = model.refusal.map { refusal in
            switch refusal {
            case .invalid: return strings[.signInInvalid]
            case .locked(let minutes): return strings.format(.signInLocked, ["minutes": strings.number(minutes)])
            case .rateLimited: return strings[.signInRateLimited]
            }
        }
        return Layout.render(
            title: strings[.signInTitle], context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings[.signInTitle])),
                .if(
                    model.signedOut,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.signedOutNotice]))),
                .unwrap(message) {
                    .div(.class("alert alert-error"), .attribute(named: "role", value: "alert"), .text($0))
                },
                .form(
                    .method(.post), .action(StaffURL.signIn.path),
                    Layout.csrfField(context.csrfToken),
                    .input(.type(.hidden), .name("next"), .value(AttributeText.escaped(model.next))),
                    FormFields.text(
                        name: "username", label: strings[.username], value: model.username, errors: [],
                        autocomplete: "username", required: true, direction: "ltr"),
                    FormFields.text(
                        name: "password", label: strings[.password], value: nil, errors: [], type: .password,
                        autocomplete: "current-password", required: true, direction: "ltr"),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.signInButton])))
                )
            ))
    }
}
