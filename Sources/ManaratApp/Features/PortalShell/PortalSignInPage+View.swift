import Plot

extension PortalSignInPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = PortalShellText(strings: strings)
        let errors = model.problems.map { FieldError(field: $0.field.rawValue, message: text.problem($0)) }
        return Layout.render(
            title: text.portalSignInTitle, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(text.portalSignInTitle)),
                .p(.text(text.portalSignInIntro)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(PortalURL.signIn.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: PortalSignInForm.Field.identityNumber.rawValue, label: text.portalIdentityLabel,
                        value: model.form.identityNumber, errors: errors, autocomplete: "off", required: true,
                        hint: text.portalIdentityHint, direction: "ltr"),
                    FormFields.text(
                        name: PortalSignInForm.Field.phone.rawValue, label: strings[.phone], value: model.form.phone,
                        errors: errors, type: .tel, autocomplete: "tel", required: true, example: "05XXXXXXXX",
                        direction: "ltr"),
                    .div(.class("actions"), .button(.type(.submit), .text(text.portalSendCode)))),
                .p(
                    .text(text.portalNewHere + " "),
                    .a(.href(PortalURL.register.path), .text(text.portalRegisterLink)))
            ))
    }
}
