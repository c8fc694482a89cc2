import Foundation
import ManaratDomain
import Plot

extension RequestListPage {
    /// The tabs: each view's name in the URL and its title.
    static let views: [(String, KeyPath<RequestText, String>)] = [
        ("open", \.requestsOpen), ("overdue", \.requestsOverdue), ("due-soon", \.requestsDueSoon),
        ("mine", \.requestsMine), ("delivery", \.requestsDelivery), ("all", \.requestsAll),
    ]

    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = RequestText(strings: strings)
        return Layout.render(
            title: text.requestsTitle, context: context,
            content: .group(
                .h1(.text(text.requestsTitle)),
                .nav(
                    .class("pager tabs"), .attribute(named: "aria-label", value: text.requestsTitle),
                    .forEach(views) { value, key in
                        .a(
                            .href(
                                StaffURL.requests.path(
                                    query: [("view", value)] + (model.query.isEmpty ? [] : [("q", model.query)]))),
                            .if(model.view == value, .attribute(named: "aria-current", value: "page")),
                            .text(text[keyPath: key]))
                    }),
                searchForm(model, strings: strings),
                .if(
                    model.rows.isEmpty,
                    .p(.class("card"), .text(model.query.isEmpty ? strings[.requestsEmpty] : strings[.searchNoResults]))
                ),
                .if(!model.rows.isEmpty, rowsTable(model, context: context)),
                .div(
                    .class("pager"),
                    .unwrap(model.previousPath) {
                        .a(.href($0), .attribute(named: "rel", value: "prev"), .text(strings[.previousPage]))
                    },
                    .span(.text(strings.format(.pageNumber, ["page": strings.number(model.page)]))),
                    .unwrap(model.nextPath) {
                        .a(.href($0), .attribute(named: "rel", value: "next"), .text(strings[.nextPage]))
                    }
                )
            ))
    }
}

extension RequestListPage {
    /// A line is rendered from its `RequestListItem` alone, with the language, the day and the time
    /// zone: the key holds everything the row is drawn from, so a kept row is never stale.
    private struct RowKey: Hashable {
        let item: RequestListItem
        let language: ManaratDomain.Language
        let today: GregorianDay
        let timeZone: String
    }

    /// A list page of a busy desk shows the same rows again and again; their HTML is kept.
    private static let renderedRows = RenderCache<RowKey, String>(limit: 4_096)

    static func rowsTable(_ model: Model, context: PageContext) -> Node<HTML.BodyContext> {
        let strings = context.strings
        let headers = [
            strings[.requestReference], strings[.fullName], strings[.requestType], strings[.status],
            strings[.expectedResponse],
        ]
        let rendered = model.rows.map { item in
            let key = RowKey(
                item: item, language: context.language, today: context.today, timeZone: context.timeZone.identifier)
            return renderedRows.value(for: key) { Self.row(item, headers: headers, context: context).render() }
        }
        return DataTable.render(headers: headers, renderedRows: rendered)
    }

    static func row(_ item: RequestListItem, headers: [String], context: PageContext) -> Node<HTML.TableContext> {
        DataTable.row(
            headers: headers,
            cells: [
                .a(.href(StaffURL.request(item.id).path), .span(.class("ltr nowrap"), .plain(item.reference))),
                .plain(item.beneficiaryName),
                .plain(item.typeName(in: context.language)),
                RequestBadges.status(item.status, strings: context.strings),
                RequestBadges.due(
                    expected: item.expectedResponseOn, status: item.status,
                    decidedOn: item.decidedAt.map { GregorianDay($0, timeZone: context.timeZone) }, context: context),
            ])
    }

    /// Searching keeps the tab: the words are looked for among the requests the tab lists.
    static func searchForm(_ model: Model, strings: Strings) -> Node<HTML.BodyContext> {
        let text = RequestText(strings: strings)
        return .form(
            .method(.get), .action(StaffURL.requests.path), .class("card search-form"),
            .attribute(named: "role", value: "search"),
            .input(.type(.hidden), .name("view"), .value(AttributeText.escaped(model.view))),
            FormFields.text(
                name: "q", label: strings[.searchLabel], value: model.query, errors: [], type: .search,
                hint: text.requestSearchHint),
            .button(.type(.submit), .text(strings[.searchButton]))
        )
    }
}
