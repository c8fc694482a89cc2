import Plot

extension SignInPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = StaffShellText(strings: strings)
        let message: String? = model.refusal.map { refusal in
            switch refusal {
            case .invalid: return text.signInInvalid
            case .locked(let minutes): return text.signInLocked(minutes: minutes)
            case .rateLimited: return text.signInRateLimited
            }
        }
        return Layout.render(
            title: text.signInTitle, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(text.signInTitle)),
                .if(
                    model.signedOut,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(text.signedOutNotice))),
                .unwrap(message) {
                    .div(.class("alert alert-error"), .attribute(named: "role", value: "alert"), .text($0))
                },
                .form(
                    .method(.post), .action(StaffURL.signIn.path),
                    Layout.csrfField(context.csrfToken),
                    .input(
                        .type(.hidden), .name(SignInForm.Field.next.rawValue),
                        .value(AttributeText.escaped(model.next))),
                    FormFields.text(
                        name: SignInForm.Field.username.rawValue, label: strings[.username], value: model.username,
                        errors: [], autocomplete: "username", required: true, direction: "ltr"),
                    FormFields.text(
                        name: SignInForm.Field.password.rawValue, label: strings[.password], value: nil, errors: [],
                        type: .password, autocomplete: "current-password", required: true, direction: "ltr"),
                    .div(.class("actions"), .button(.type(.submit), .text(text.signInButton)))
                )
            ))
    }
}
