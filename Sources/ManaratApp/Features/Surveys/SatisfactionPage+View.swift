import Foundation
import ManaratDomain
import Plot

extension SatisfactionPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        typealias Field = SatisfactionFilterForm.Field
        let strings = context.strings
        let text = SurveyText(strings: strings)
        let range = model.range
        let tableRows = { (table: Table) in Self.rows(table, of: model, strings: strings, timeZone: context.timeZone) }
        // The download carries the same range and branch as the page.
        let filters =
            [
                (Field.from.rawValue, typed(range.from)), (Field.fromCalendar.rawValue, "gregorian"),
                (Field.to.rawValue, typed(range.to)), (Field.toCalendar.rawValue, "gregorian"),
            ] + (range.branchID.map { [(Field.branch.rawValue, $0.uuidString)] } ?? [])
        let csvLink = { (table: Table) -> Node<HTML.BodyContext> in
            .p(
                .a(
                    .href(StaffURL.surveyResults.path(query: filters + [(Field.csv.rawValue, table.rawValue)])),
                    .text(strings[.downloadCSV])))
        }
        let comments = model.comments
        return Layout.render(
            title: strings[.satisfactionTitle], context: context,
            content: .group(
                .h1(.text(strings[.satisfactionTitle])),
                .p(.class("muted"), .text(text.satisfactionExplain)),
                .form(
                    .method(.get), .action(StaffURL.surveyResults.path), .class("filters"),
                    FormFields.date(
                        name: Field.from.rawValue, label: strings[.dateFrom], value: typed(range.from),
                        calendar: "gregorian", errors: [], strings: strings),
                    FormFields.date(
                        name: Field.to.rawValue, label: strings[.dateUntil], value: typed(range.to),
                        calendar: "gregorian", errors: [], strings: strings),
                    FormFields.select(
                        name: Field.branch.rawValue, label: strings[.branch],
                        options: [("", strings[.allBranches])]
                            + model.branches.map { ($0.id.uuidString, $0.name(in: context.language)) },
                        selected: range.branchID?.uuidString ?? "", errors: []),
                    .button(.type(.submit), .text(strings[.filter]))),
                .p(.class("muted"), .text(context.dates.dual(range.from) + " — " + context.dates.dual(range.to))),
                SatisfactionFiguresTable.render(
                    text.satisfactionOverall,
                    rows: [SatisfactionRow.total(model.outcomes, name: strings[.allBranches])], strings: strings),
                SatisfactionFiguresTable.render(
                    text.satisfactionByService, rows: tableRows(.service), strings: strings),
                csvLink(.service),
                SatisfactionFiguresTable.render(
                    text.satisfactionByBranch, rows: tableRows(.branch), strings: strings),
                csvLink(.branch),
                SatisfactionFiguresTable.render(
                    text.satisfactionByChannel, rows: tableRows(.channel), strings: strings),
                csvLink(.channel),
                SatisfactionFiguresTable.render(
                    text.satisfactionByMonth, rows: tableRows(.month), strings: strings),
                csvLink(.month),
                .section(
                    .class("card"),
                    .h2(.text(text.satisfactionComments)),
                    .p(.class("muted"), .text(text.satisfactionCommentsExplain)),
                    .if(comments.isEmpty, .p(.text(strings[.noRecordsYet]))),
                    .ul(
                        .forEach(comments) { item in
                            .li(
                                .element(named: "bdi", text: item.comment),
                                .text(" — " + strings.surveyScope(item.scope)))
                        }))
            ))
    }

    /// A day as a person types it, "29/11/2025".
    private static func typed(_ day: GregorianDay) -> String {
        "\(day.day)/\(day.month)/\(day.year)"
    }
}
