import ManaratDomain
import Plot

extension StaffList {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = StaffAccountsText(strings: strings)
        let branches = Dictionary(uniqueKeysWithValues: model.branches.map { ($0.id, $0) })
        return Layout.render(
            title: text.staffListTitle, context: context,
            content: .group(
                ListPageHeader.render(
                    title: text.staffListTitle, saved: model.saved, add: (.staffNew, text.staffNewTitle),
                    context: context),
                DataTable.render(
                    headers: [
                        strings[.displayName], strings[.username], strings[.roles], strings[.branch], strings[.status],
                    ],
                    rows: model.members.map { member in
                        [
                            .a(.href(StaffURL.staffEdit(member.id).path), .text(member.displayName)),
                            .span(.class("ltr"), .text(member.username)),
                            .forEach(member.roles.sorted()) { .span(.class("badge"), .text(strings.role($0))) },
                            .text(
                                member.branchID.flatMap { branches[$0]?.name(in: context.language) }
                                    ?? strings[.noBranch]),
                            .span(
                                .class(member.isActive ? "badge" : "badge badge-off"),
                                .text(member.isActive ? strings[.active] : strings[.inactive])),
                        ]
                    })
            ))
    }
}
