import Foundation
import ManaratDomain
import Plot

extension PolicyPublishPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        typealias Field = PolicyPublishForm.Field
        let strings = context.strings
        let text = PolicyLibraryText(strings: strings)
        let (kind, form) = (model.kind, model.form)
        let errors = PolicyLibraryText(strings: strings).errors(model.problems)
        return Layout.render(
            title: strings[.libraryPublish], context: context,
            content: .div(
                .class("card"),
                .h1(.text(strings[.libraryPublish] + " — " + PolicyLibraryText(strings: strings).document(kind))),
                .p(.class("muted"), .text(text.libraryPublishExplain)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(StaffURL.libraryPublish(kind).path), .enctype(.multipartData),
                    Layout.csrfField(context.csrfToken),
                    .div(
                        .class("grid-2"),
                        FormFields.text(
                            name: Field.label.rawValue, label: text.libraryVersionLabel, value: form.label,
                            errors: errors,
                            required: true, direction: "ltr"),
                        FormFields.text(
                            name: Field.decisionNumber.rawValue, label: text.libraryDecisionNumber,
                            value: form.decisionNumber, errors: errors, required: true, example: "3-23/M",
                            direction: "ltr"),
                        FormFields.date(
                            name: Field.approvedOn.rawValue, label: text.libraryApprovedOn, value: form.approvedOn,
                            calendar: form.approvedOnCalendar, errors: errors, strings: strings),
                        FormFields.text(
                            name: Field.approvingBody.rawValue, label: text.libraryApprovingBody,
                            value: form.approvingBody,
                            errors: errors, required: true)),
                    FormFields.textArea(
                        name: Field.textArabic.rawValue, label: text.libraryTextArabic, value: form.textArabic,
                        errors: errors, rows: 12),
                    FormFields.textArea(
                        name: Field.textEnglish.rawValue, label: text.libraryTextEnglish, value: form.textEnglish,
                        errors: errors, rows: 8),
                    FormFields.file(
                        name: Field.file.rawValue, label: strings[.libraryFile], hint: text.libraryFileHint,
                        errors: errors),
                    .div(
                        .class("actions"), .button(.type(.submit), .text(strings[.libraryPublish])),
                        .a(.href(StaffURL.library.path), .text(strings[.cancel])))))
        )
    }
}
