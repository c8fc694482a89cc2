import ManaratDomain
import Plot

extension SupporterList {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = SupporterText(strings: strings)
        return Layout.render(
            title: text.supportersTitle, context: context,
            content: .group(
                .h1(.text(text.supportersTitle)),
                .form(
                    .method(.get), .action(StaffURL.supporters.path), .class("card search-form"),
                    .attribute(named: "role", value: "search"),
                    FormFields.text(
                        name: "q", label: strings[.searchLabel], value: model.search, errors: [], type: .search),
                    .button(.type(.submit), .text(strings[.searchButton]))),
                .if(
                    model.mayManage,
                    .div(
                        .class("actions"),
                        .a(.class("button"), .href(StaffURL.supporterNew.path), .text(text.supporterNewTitle)))),
                .if(
                    model.supporters.isEmpty,
                    .p(
                        .class("card"),
                        .text(model.search.isEmpty ? strings[.noRecordsYet] : strings[.searchNoResults]))),
                .if(
                    !model.supporters.isEmpty,
                    DataTable.render(
                        headers: [text.supporterName, text.supporterKind, strings[.phone], strings[.city]],
                        rows: model.supporters.map { supporter in
                            [
                                .a(.href(StaffURL.supporter(supporter.id).path), .text(supporter.name)),
                                .text(strings.supporterKind(supporter.kind)),
                                .span(.class("ltr nowrap"), .text(supporter.phone.map(SaudiMobile.display) ?? "—")),
                                .text(supporter.city),
                            ]
                        }
                    ))
            ))
    }
}
