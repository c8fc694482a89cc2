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
        return Layout.render(
            title: strings[.staffListTitle], context: context,
            content: .group(
                .h1(.text(strings[.staffListTitle])),
                .if(
                    model.saved,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                .div(
                    .class("actions"),
                    .a(.class("button"), .href(StaffURL.staffNew.path), .text(strings[.staffNewTitle]))),
                DataTable.render(
                    headers: [
                        strings[.displayName], strings[.username], strings[.roles], strings[.branch], strings[.status],
                    ],
                    rows: model.rows.map { row in
                        [
                            .a(.href(StaffURL.staffEdit(row.id).path), .text(row.displayName)),
                            .span(.class("ltr"), .text(row.username)),
                            .forEach(row.roles) { .span(.class("badge"), .text(strings.role($0))) },
                            .text(row.branchName ?? strings[.noBranch]),
                            .span(
                                .class(row.isActive ? "badge" : "badge badge-off"),
                                .text(row.isActive ? strings[.active] : strings[.inactive])),
                        ]
                    }
                )
            ))
    }
}
