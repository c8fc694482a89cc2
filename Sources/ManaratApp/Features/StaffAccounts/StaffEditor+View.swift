import ManaratDomain
import Plot

extension StaffEditor {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = StaffAccountsText(strings: strings)
        let errors = model.problems.map { FieldError(field: $0.field.rawValue, message: text.problem($0)) }
        let form = model.form
        let title = model.memberID == nil ? text.staffNewTitle : text.staffEditTitle
        let action = model.memberID.map { StaffURL.staffEdit($0).path } ?? StaffURL.staffNew.path
        let branchOptions =
            [(value: "", label: strings[.noBranch])]
            + model.branches.map { (value: $0.id.uuidString.lowercased(), label: $0.name(in: context.language)) }
        typealias Field = StaffAccountForm.Field
        return Layout.render(
            title: title, context: context,
            content: .div(
                .class("card"),
                .h1(.text(title)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(action),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: Field.displayName.rawValue, label: strings[.displayName], value: form.displayName ?? "",
                        errors: errors, required: true),
                    FormFields.text(
                        name: Field.username.rawValue, label: strings[.username], value: form.username ?? "",
                        errors: errors, autocomplete: "off", required: true, hint: text.usernameHint,
                        example: "noura.q", direction: "ltr"),
                    FormFields.select(
                        name: Field.branchID.rawValue, label: strings[.branch], options: branchOptions,
                        selected: form.branchID ?? "", errors: errors),
                    FormFields.checkboxes(
                        name: Field.roles.rawValue, legend: strings[.roles],
                        options: Role.allCases.map { (value: $0.rawValue, label: strings.role($0)) },
                        checked: Set(form.roles ?? []), errors: errors),
                    FormFields.checkbox(
                        name: Field.isActive.rawValue, label: text.accountActive, checked: form.isActive == "on"),
                    .div(
                        .class("actions"),
                        .button(.type(.submit), .text(strings[.save])),
                        .a(.href(StaffURL.staffList.path), .text(strings[.cancel])))
                ),
                .unwrap(model.memberID) { id in
                    .form(
                        .method(.post), .action(StaffURL.staffResetPassword(id).path),
                        Layout.csrfField(context.csrfToken),
                        .h2(.text(text.resetPasswordTitle)),
                        .p(.class("muted"), .text(text.resetPasswordExplain)),
                        .button(.type(.submit), .class("button-secondary"), .text(text.resetPasswordButton))
                    )
                }
            ))
    }
}
