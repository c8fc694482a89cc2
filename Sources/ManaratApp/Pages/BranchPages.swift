import Foundation
import ManaratDomain
import Plot

/// The list of branches.
enum BranchListPage {
    struct Model {
        var branches: [Branch]
        var saved: Bool
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        return Layout.render(title: strings[.branchListTitle], context: context, content: .group(
            .h1(.text(strings[.branchListTitle])),
            .if(model.saved, .div(.class("alert alert-ok"), .attribute(named: "role", value: "status"), .text(strings[.savedNotice]))),
            .div(.class("actions"), .a(.class("button"), .href(StaffURL.branchNew.path), .text(strings[.branchNewTitle]))),
            DataTable.render(
                headers: [strings[.branchCode], strings[.branchNameArabic], strings[.branchNameEnglish], strings[.city], strings[.status]],
                rows: model.branches.map { branch in [
                    .a(.href(StaffURL.branchEdit(branch.id).path), .span(.class("ltr"), .text(branch.code))),
                    .span(.attribute(named: "lang", value: "ar"), .text(branch.nameArabic)),
                    .span(.attribute(named: "lang", value: "en"), .text(branch.nameEnglish)),
                    .text(branch.city),
                    .span(.class(branch.isActive ? "badge" : "badge badge-off"), .text(branch.isActive ? strings[.active] : strings[.inactive])),
                ] }
            )
        ))
    }
}

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
        return Layout.render(title: title, context: context, content: .div(
            .class("card narrow"),
            .h1(.text(title)),
            FormFields.errorSummary(model.errors, title: strings[.formHasErrors]),
            .form(
                .method(.post), .action(model.id.map { StaffURL.branchEdit($0).path } ?? StaffURL.branchNew.path),
                csrfField(context.csrfToken),
                FormFields.text(name: "code", label: strings[.branchCode], value: model.code, errors: model.errors, required: true, hint: strings[.branchCodeHint], example: "RUH", direction: "ltr"),
                FormFields.text(name: "nameArabic", label: strings[.branchNameArabic], value: model.nameArabic, errors: model.errors, required: true, direction: "rtl"),
                FormFields.text(name: "nameEnglish", label: strings[.branchNameEnglish], value: model.nameEnglish, errors: model.errors, required: true, direction: "ltr"),
                FormFields.text(name: "city", label: strings[.city], value: model.city, errors: model.errors, required: true),
                FormFields.checkbox(name: "isActive", label: strings[.branchActive], checked: model.isActive),
                .div(.class("actions"),
                     .button(.type(.submit), .text(strings[.save])),
                     .a(.href(StaffURL.branchList.path), .text(strings[.cancel])))
            )
        ))
    }
}
