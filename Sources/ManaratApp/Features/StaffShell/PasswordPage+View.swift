import ManaratDomain
import Plot

extension PasswordPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = StaffShellText(strings: strings)
        let errors = model.problems.map { FieldError(field: $0.field.rawValue, message: text.problem($0)) }
        return Layout.render(
            title: text.passwordTitle, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(text.passwordTitle)),
                .if(model.mustChange, .div(.class("alert alert-info"), .text(text.passwordMustChange))),
                .if(
                    model.saved,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(text.passwordSaved))),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.password.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: PasswordForm.Field.current.rawValue, label: text.passwordCurrent, value: nil,
                        errors: errors, type: .password, autocomplete: "current-password", required: true,
                        direction: "ltr"),
                    FormFields.text(
                        name: PasswordForm.Field.new.rawValue, label: text.passwordNew, value: nil, errors: errors,
                        type: .password, autocomplete: "new-password", required: true,
                        hint: text.passwordHint(minimum: PasswordRule.minimumLength), direction: "ltr"),
                    FormFields.text(
                        name: PasswordForm.Field.confirm.rawValue, label: text.passwordConfirm, value: nil,
                        errors: errors, type: .password, autocomplete: "new-password", required: true,
                        direction: "ltr"),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.save])))
                )
            ))
    }
}
