import Plot

extension BranchList {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = BranchText(strings: strings)
        return Layout.render(
            title: text.branchListTitle, context: context,
            content: .group(
                ListPageHeader.render(
                    title: text.branchListTitle, saved: model.saved, add: (.branchNew, text.branchNewTitle),
                    context: context),
                DataTable.render(
                    headers: [
                        text.branchCode, text.branchNameArabic, text.branchNameEnglish, strings[.city],
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
                    })
            ))
    }
}
