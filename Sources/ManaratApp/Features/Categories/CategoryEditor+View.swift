import Plot

extension CategoryEditor {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = CategoryText(strings: strings)
        let errors = model.problems.map { FieldError(field: $0.field.rawValue, message: text.problem($0)) }
        let form = model.form
        let title = model.categoryID == nil ? text.categoryNewTitle : text.categoryEditTitle
        typealias Field = CategoryForm.Field
        return Layout.render(
            title: title, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(title)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post),
                    .action(model.categoryID.map { StaffURL.categoryEdit($0).path } ?? StaffURL.categoryNew.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: Field.code.rawValue, label: text.categoryCode, value: form.code, errors: errors,
                        required: true, hint: text.categoryCodeHint, example: "orphans", direction: "ltr"),
                    FormFields.text(
                        name: Field.nameArabic.rawValue, label: strings[.nameArabic], value: form.nameArabic,
                        errors: errors, required: true, direction: "rtl"),
                    FormFields.text(
                        name: Field.nameEnglish.rawValue, label: strings[.nameEnglish], value: form.nameEnglish,
                        errors: errors, required: true, direction: "ltr"),
                    FormFields.checkbox(
                        name: Field.isActive.rawValue, label: text.categoryActive, checked: form.isActive == "on"),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.save])),
                        .a(.href(StaffURL.categories.path), .text(strings[.cancel])))
                )
            ))
    }
}
