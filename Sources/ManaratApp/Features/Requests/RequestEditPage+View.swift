import Foundation
import ManaratDomain
import Plot

extension RequestEditPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = RequestText(strings: strings)
        let r = model.file.request
        let errors = RequestText(strings: strings).errors(model.problems)
        return Layout.render(
            title: text.requestEditTitle, context: context,
            content: .div(
                .class("card"),
                .h1(.text(text.requestEditTitle + " — "), .span(.class("ltr"), .text(r.reference))),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.requestEdit(r.id).path),
                    Layout.csrfField(context.csrfToken),
                    .input(
                        .type(.hidden), .name(RequestDataForm.Field.version.rawValue),
                        .value(String(model.form.version ?? r.version))),
                    .forEach(model.file.type.requiredFields) { field in
                        FormFields.text(
                            name: RequestDataForm.valuePrefix + field.key, label: field.label(in: context.language),
                            value: model.form.values[field.key], errors: errors)
                    },
                    FormFields.textArea(
                        name: RequestDataForm.Field.details.rawValue, label: text.requestDetails,
                        value: model.form.details, errors: errors,
                        rows: 4),
                    FormFields.text(
                        name: RequestDataForm.Field.amountRequested.rawValue, label: strings[.amountRequested],
                        value: model.form.amountRequested,
                        errors: errors, hint: strings[.amountHint], direction: "ltr"),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.save])),
                        .a(.href(StaffURL.request(r.id).path), .text(strings[.cancel])))
                )
            ))
    }
}
