import Plot

extension PortalCodePage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = PortalShellText(strings: strings)
        let errors =
            model.refusal.flatMap(text.refusal).map {
                [FieldError(field: PortalCodeForm.Field.code.rawValue, message: $0)]
            } ?? []
        return Layout.render(
            title: text.portalCodeTitle, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(text.portalCodeTitle)),
                .p(.text(text.portalCodeIntro)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(PortalURL.code.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: PortalCodeForm.Field.code.rawValue, label: text.portalCodeLabel, value: nil,
                        errors: errors, autocomplete: "one-time-code", required: true, direction: "ltr"),
                    .div(.class("actions"), .button(.type(.submit), .text(text.portalVerify)))),
                .p(.a(.href(PortalURL.signIn.path), .text(text.portalResend)))
            ))
    }
}
