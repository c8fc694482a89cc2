import Foundation
import ManaratDomain
import Plot

/// Creating or editing a branch.
enum BranchFormPage {
    struct Model {
        var id: UUID?
        var code: String
        var nameArabic: String
        var nameEnglish: String
        var city: String
        var isActive: Bool
        var errors: [FieldError]
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let title = model.id == nil ? strings[.branchNewTitle] : strings[.branchEditTitle]
        return Layout.render(
            title: title, context: context,
            content: .div(
                .class("card narrow"),
                .h1(.text(title)),
                FormFields.errorSummary(model.errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(model.id.map { StaffURL.branchEdit($0).path } ?? StaffURL.branchNew.path),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: "code", label: strings[.branchCode], value: model.code, errors: model.errors,
                        required: true, hint: strings[.branchCodeHint], example: "RUH", direction: "ltr"),
                    FormFields.text(
                        name: "nameArabic", label: strings[.branchNameArabic], value: model.nameArabic,
                        errors: model.errors, required: true, direction: "rtl"),
                    FormFields.text(
                        name: "nameEnglish", label: strings[.branchNameEnglish], value: model.nameEnglish,
                        errors: model.errors, required: true, direction: "ltr"),
                    FormFields.text(
                        name: "city", label: strings[.city], value: model.city, errors: model.errors, required: true),
                    FormFields.checkbox(name: "isActive", label: strings[.branchActive], checked: model.isActive),
                    .div(
                        .class("actions"),
                        .button(.type(.submit), .text(strings[.save])),
                        .a(.href(StaffURL.branchList.path), .text(strings[.cancel])))
                )
            ))
    }
}
