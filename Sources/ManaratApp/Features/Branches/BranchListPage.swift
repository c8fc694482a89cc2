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
        return Layout.render(
            title: strings[.branchListTitle], context: context,
            content: .group(
                .h1(.text(strings[.branchListTitle])),
                .if(
                    model.saved,
                    .div(
                        .class("alert alert-ok"), .attribute(named: "role", value: "status"),
                        .text(strings[.savedNotice]))),
                .div(
                    .class("actions"),
                    .a(.class("button"), .href(StaffURL.branchNew.path), .text(strings[.branchNewTitle]))),
                DataTable.render(
                    headers: [
                        strings[.branchCode], strings[.branchNameArabic], strings[.branchNameEnglish], strings[.city],
                        strings[.status],
                    ],
                    rows: model.branches.map { branch in
                        [
                            .a(.href(StaffURL.branchEdit(branch.id).path), .span(.class("ltr"), .text(branch.code))),
                            .span(.attribute(named: "lang", value: "ar"), .text(branch.nameArabic)),
                            .span(.attribute(named: "lang", value: "en"), .text(branch.nameEnglish)),
                            .text(branch.city),
                            .span(
                                .class(branch.isActive ? "badge" : "badge badge-off"),
                                .text(branch.isActive ? strings[.active] : strings[.inactive])),
                        ]
                    }
                )
            ))
    }
}
