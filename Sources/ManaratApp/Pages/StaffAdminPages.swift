import Foundation
import ManaratDomain
import Plot

/// The administrator's list of staff accounts.
enum StaffListPage {
    struct Row {
        let id: UUID
        let displayName: String
        let username: String
        let roles: [Role]
        let branchName: String?
        let isActive: Bool
    }

    struct Model {
        var rows: [Row]
        var saved: Bool
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        return Layout.render(title: strings[.staffListTitle], context: context, content: .group(
            .h1(.text(strings[.staffListTitle])),
            .if(model.saved, .div(.class("alert alert-ok"), .attribute(named: "role", value: "status"), .text(strings[.savedNotice]))),
            .div(.class("actions"), .a(.class("button"), .href(StaffURL.staffNew.path), .text(strings[.staffNewTitle]))),
            DataTable.render(
                headers: [strings[.displayName], strings[.username], strings[.roles], strings[.branch], strings[.status]],
                rows: model.rows.map { row in [
                    .a(.href(StaffURL.staffEdit(row.id).path), .text(row.displayName)),
                    .span(.class("ltr"), .text(row.username)),
                    .forEach(row.roles) { .span(.class("badge"), .text(strings.role($0))) },
                    .text(row.branchName ?? strings[.noBranch]),
                    .span(.class(row.isActive ? "badge" : "badge badge-off"), .text(row.isActive ? strings[.active] : strings[.inactive])),
                ] }
            )
        ))
    }
}

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
        let branchOptions = [(value: "", label: strings[.noBranch])] + model.branches.map { (value: $0.id.uuidString.lowercased(), label: $0.name(in: context.language)) }
        return Layout.render(title: title, context: context, content: .div(
            .class("card"),
            .h1(.text(title)),
            FormFields.errorSummary(model.errors, title: strings[.formHasErrors]),
            .form(
                .method(.post), .action(action),
                csrfField(context.csrfToken),
                FormFields.text(name: "displayName", label: strings[.displayName], value: model.displayName, errors: model.errors, required: true),
                FormFields.text(name: "username", label: strings[.username], value: model.username, errors: model.errors, autocomplete: "off", required: true, hint: strings[.usernameHint], example: "noura.q", direction: "ltr"),
                FormFields.select(name: "branchID", label: strings[.branch], options: branchOptions, selected: model.branchID, errors: model.errors),
                FormFields.checkboxes(name: "roles", legend: strings[.roles], options: Role.allCases.map { (value: $0.rawValue, label: strings.role($0)) }, checked: model.roles, errors: model.errors),
                FormFields.checkbox(name: "isActive", label: strings[.accountActive], checked: model.isActive),
                .div(.class("actions"),
                     .button(.type(.submit), .text(strings[.save])),
                     .a(.href(StaffURL.staffList.path), .text(strings[.cancel])))
            ),
            .unwrap(model.id) { id in
                .form(
                    .method(.post), .action(StaffURL.staffResetPassword(id).path),
                    csrfField(context.csrfToken),
                    .h2(.text(strings[.resetPasswordTitle])),
                    .p(.class("muted"), .text(strings[.resetPasswordExplain])),
                    .button(.type(.submit), .class("button-secondary"), .text(strings[.resetPasswordButton]))
                )
            }
        ))
    }
}

/// Shows a password an administrator just set, once: it is not stored anywhere it could be read again.
enum TemporaryPasswordPage {
    struct Model {
        var displayName: String
        var username: String
        var password: String
    }

    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        return Layout.render(title: strings[.temporaryPasswordTitle], context: context, content: .div(
            .class("card narrow"),
            .h1(.text(strings[.temporaryPasswordTitle])),
            .p(.text(strings.format(.temporaryPasswordExplain, ["name": model.displayName]))),
            .p(.strong(.text(strings[.username] + ": ")), .span(.class("ltr"), .text(model.username))),
            .p(.strong(.text(strings[.password] + ": ")), .span(.class("secret"), .text(model.password))),
            .p(.class("muted"), .text(strings[.temporaryPasswordOnce])),
            .div(.class("actions"), .a(.class("button"), .href(StaffURL.staffList.path), .text(strings[.backToStaffList])))
        ))
    }
}
