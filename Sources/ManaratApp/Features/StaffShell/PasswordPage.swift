import Plot

/// Changing one's own password; forced after an administrator set it.
enum PasswordPage {
    struct Model {
        var mustChange: Bool
        var saved: Bool
        var errors: [FieldError]
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        return Layout.render(
            title: strings[.passwordTitle], context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(strings[.passwordTitle])),
                .if(model.mustChange, .div(.class("alert alert-info"), .text(strings[.passwordMustChange]))),
                .if(
                    model.saved,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.passwordSaved]))),
                FormFields.errorSummary(model.errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.password.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: "current", label: strings[.passwordCurrent], value: nil, errors: model.errors,
                        type: .password, autocomplete: "current-password", required: true, direction: "ltr"),
                    FormFields.text(
                        name: "new", label: strings[.passwordNew], value: nil, errors: model.errors, type: .password,
                        autocomplete: "new-password", required: true,
                        hint: strings.format(.passwordHint, ["minimum": strings.number(10)]), direction: "ltr"),
                    FormFields.text(
                        name: "confirm", label: strings[.passwordConfirm], value: nil, errors: model.errors,
                        type: .password, autocomplete: "new-password", required: true, direction: "ltr"),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.save])))
                )
            ))
    }
}
