import Plot

extension CategoryList {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = CategoryText(strings: strings)
        return Layout.render(
            title: text.categoriesTitle, context: context,
            content: .group(
                ListPageHeader.render(
                    title: text.categoriesTitle, saved: model.saved, add: (.categoryNew, text.categoryNewTitle),
                    context: context),
                DataTable.render(
                    headers: [text.categoryCode, strings[.nameArabic], strings[.nameEnglish], strings[.status]],
                    rows: model.categories.map { category in
                        [
                            .a(
                                .href(StaffURL.categoryEdit(category.id).path),
                                .span(.class("ltr"), .text(category.code))),
                            .text(category.nameArabic),
                            .span(.attribute(named: "lang", value: "en"), .text(category.nameEnglish)),
                            .span(
                                .class(category.isActive ? "badge" : "badge badge-off"),
                                .text(category.isActive ? strings[.active] : strings[.inactive])),
                        ]
                    })
            ))
    }
}
