import Foundation
import ManaratDomain
import Plot

extension RequestTypeEditor {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        typealias Field = RequestTypeForm.Field
        let strings = context.strings
        let text = RequestSettingsText(strings: strings)
        let form = model.form
        let errors = RequestSettingsText(strings: strings).errors(model.problems)
        let title = model.typeID == nil ? text.requestTypeNewTitle : text.requestTypeEditTitle
        let kinds = DocumentKind.allCases.filter { ![.signedAttestation, .researchPhoto].contains($0) }
        return Layout.render(
            title: title, context: context,
            content: .div(
                .class("card"),
                .h1(.text(title)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post),
                    .action(model.typeID.map { StaffURL.requestTypeEdit($0).path } ?? StaffURL.requestTypeNew.path),
                    Layout.csrfField(context.csrfToken),
                    .div(
                        .class("grid-2"),
                        FormFields.text(
                            name: Field.code.rawValue, label: text.typeCode, value: form.code, errors: errors,
                            required: true,
                            example: "rent", direction: "ltr"),
                        FormFields.text(
                            name: Field.nameArabic.rawValue, label: strings[.nameArabic], value: form.nameArabic,
                            errors: errors,
                            required: true, direction: "rtl"),
                        FormFields.text(
                            name: Field.nameEnglish.rawValue, label: strings[.nameEnglish], value: form.nameEnglish,
                            errors: errors,
                            required: true, direction: "ltr")),
                    FormFields.textArea(
                        name: Field.descriptionArabic.rawValue, label: strings[.descriptionArabic],
                        value: form.descriptionArabic,
                        errors: errors),
                    FormFields.textArea(
                        name: Field.descriptionEnglish.rawValue, label: strings[.descriptionEnglish],
                        value: form.descriptionEnglish,
                        errors: errors),
                    FormFields.checkboxes(
                        name: Field.documents.rawValue, legend: strings[.requiredDocuments],
                        options: kinds.map { (value: $0.rawValue, label: strings.documentKind($0)) },
                        checked: Set(form.documents ?? []), errors: errors),
                    FormFields.checkboxes(
                        name: Field.validDocuments.rawValue, legend: text.mustBeValidLegend,
                        options: kinds.map { (value: $0.rawValue, label: strings.documentKind($0)) },
                        checked: Set(form.validDocuments ?? []), errors: errors),
                    FormFields.textArea(
                        name: Field.fields.rawValue, label: text.requestFieldsLabel, value: form.fields,
                        errors: errors,
                        rows: 4, hint: text.requestFieldsHint),
                    FormFields.checkboxes(
                        name: Field.categories.rawValue, legend: strings[.eligibleCategories],
                        options: model.categories.map {
                            (value: $0.id.uuidString.lowercased(), label: $0.name(in: context.language))
                        }, checked: Set(form.categories ?? []), errors: errors),
                    FormFields.checkboxes(
                        name: Field.services.rawValue, legend: strings[.serviceKindLabel],
                        options: ServiceKind.allCases.map { (value: $0.rawValue, label: strings.serviceKind($0)) },
                        checked: Set(form.services ?? []), errors: errors),
                    FormFields.checkbox(
                        name: Field.isActive.rawValue, label: text.requestTypeActive,
                        checked: form.isActive == "on"),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.save])),
                        .a(.href(StaffURL.requestTypes.path), .text(strings[.cancel])))
                )
            ))
    }
}
