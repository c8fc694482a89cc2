import Foundation
import ManaratDomain
import Plot

/// Creating or editing a staff account.
enum StaffFormPage {
    struct Model {
        var id: UUID?
        var username: String
        var displayName: String
        var roles: Set<String>
        var branchID: String
        var isActive: Bool
        var branches: [Branch]
        var errors: [FieldError]
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let title = model.id == nil ? strings[.staffNewTitle] : strings[.staffEditTitle]
        let action = model.id.map { StaffURL.staffEdit($0).path } ?? StaffURL.staffNew.path
        let branchOptions =
            [(value: "", label: strings[.noBranch])]
            + model.branches.map { (value: $0.id.uuidString.lowercased(), label: $0.name(in: context.language)) }
        return Layout.render(
            title: title, context: context,
            content: .div(
                .class("card"),
                .h1(.text(title)),
                FormFields.errorSummary(model.errors, title: strings[.formHasErrors]),
                .form(
                    .method(.post), .action(action),
                    Layout.csrfField(context.csrfToken),
                    FormFields.text(
                        name: "displayName", label: strings[.displayName], value: model.displayName,
                        errors: model.errors, required: true),
                    FormFields.text(
                        name: "username", label: strings[.username], value: model.username, errors: model.errors,
                        autocomplete: "off", required: true, hint: strings[.usernameHint], example: "noura.q",
                        direction: "ltr"),
                    FormFields.select(
                        name: "branchID", label: strings[.branch], options: branchOptions, selected: model.branchID,
                        errors: model.errors),
                    FormFields.checkboxes(
                        name: "roles", legend: strings[.roles],
                        options: Role.allCases.map { (value: $0.rawValue, label: strings.role($0)) },
                        checked: model.roles, errors: model.errors),
                    FormFields.checkbox(name: "isActive", label: strings[.accountActive], checked: model.isActive),
                    .div(
                        .class("actions"),
                        .button(.type(.submit), .text(strings[.save])),
                        .a(.href(StaffURL.staffList.path), .text(strings[.cancel])))
                ),
                .unwrap(model.id) { id in
                    .form(
                        .method(.post), .action(StaffURL.staffResetPassword(id).path),
                        Layout.csrfField(context.csrfToken),
                        .h2(.text(strings[.resetPasswordTitle])),
                        .p(.class("muted"), .text(strings[.resetPasswordExplain])),
                        .button(.type(.submit), .class("button-secondary"), .text(strings[.resetPasswordButton]))
                    )
                }
            ))
    }
}
