import Plot

extension BranchEditor {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = BranchText(strings: strings)
        let errors = model.problems.map { FieldError(field: $0.field.rawValue, message: text.problem($0)) }
        let form = model.form
        let title = model.branchID == nil ? text.branchNewTitle : text.branchEditTitle
        typealias Field = BranchForm.Field
        return Layout.render(
            title: title, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(title)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post),
                    .action(model.branchID.map { StaffURL.branchEdit($0).path } ?? StaffURL.branchNew.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: Field.code.rawValue, label: text.branchCode, value: form.code, errors: errors,
                        required: true, hint: text.branchCodeHint, example: "RUH", direction: "ltr"),
                    FormFields.text(
                        name: Field.nameArabic.rawValue, label: text.branchNameArabic, value: form.nameArabic,
                        errors: errors, required: true, direction: "rtl"),
                    FormFields.text(
                        name: Field.nameEnglish.rawValue, label: text.branchNameEnglish, value: form.nameEnglish,
                        errors: errors, required: true, direction: "ltr"),
                    FormFields.text(
                        name: Field.city.rawValue, label: strings[.city], value: form.city, errors: errors,
                        required: true),
                    FormFields.checkbox(
                        name: Field.isActive.rawValue, label: text.branchActive, checked: form.isActive == "on"),
                    .div(
                        .class("actions"),
                        .button(.type(.submit), .text(strings[.save])),
                        .a(.href(StaffURL.branchList.path), .text(strings[.cancel])))
                )
            ))
    }
}
