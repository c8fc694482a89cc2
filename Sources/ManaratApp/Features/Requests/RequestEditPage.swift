import Foundation
import ManaratDomain
import ManaratPersistence
import Plot

/// Completing a draft's or an incomplete request's data at the desk: its fields, description and amount.
enum RequestEditPage {
    struct Model {
        var file: RequestFile
        var values: [String: String]
        var details: String
        var amount: String
        /// The version the form was read at; a save from an older one is refused.
        var version: Int
        var errors: [FieldError]
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let r = model.file.request
        return Layout.render(
            title: strings[.requestEditTitle], context: context,
            content: .div(
                .class("card"),
                .h1(.text(strings[.requestEditTitle] + " — "), .span(.class("ltr"), .text(r.reference))),
                FormFields.errorSummary(model.errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.requestEdit(r.id).path),
                    Layout.csrfField(context.csrfToken),
                    .input(.type(.hidden), .name("version"), .value(String(model.version))),
                    .forEach(model.file.type.requiredFields) { field in
                        FormFields.text(
                            name: "field_" + field.key, label: field.label(in: context.language),
                            value: model.values[field.key], errors: model.errors)
                    },
                    FormFields.textArea(
                        name: "details", label: strings[.requestDetails], value: model.details, errors: model.errors,
                        rows: 4),
                    FormFields.text(
                        name: "amountRequested", label: strings[.amountRequested], value: model.amount,
                        errors: model.errors, hint: strings[.amountHint], direction: "ltr"),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.save])),
                        .a(.href(StaffURL.request(r.id).path), .text(strings[.cancel])))
                )
            ))
    }
}
