import Foundation
import ManaratDomain
import Plot

extension DashboardPage {
    /// The page, from its model alone.
    static func render(_ model: Model, context: PageContext) -> String {
        let strings = context.strings
        let text = DashboardText(strings: strings)
        let f = model.figures
        let filters = model.filters
        let rtl = context.language.isRightToLeft
        let errors = model.problems.map {
            FieldError(field: $0.field.rawValue, message: DateInputMessages.message(for: $0.error, strings: strings))
        }
        func exportLink(_ table: DashboardTable) -> Node<HTML.BodyContext> {
            .a(
                .href(StaffURL.dashboardExport.path(query: filters.query + [("table", table.rawValue)])),
                .text(strings[.downloadCSV]))
        }
        let inTime = Statistics.percent(f.decidedInTime, of: f.decided)
        typealias Field = DashboardFilterForm.Field
        return Layout.render(
            title: strings[.dashboardTitle], context: context,
            content: .group(
                .h1(.text(strings[.dashboardTitle])),
                .p(.class("muted"), .text(text.dashboardExplain)),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.get), .action(StaffURL.dashboard.path), .class("card"),
                    .div(
                        .class("filters"),
                        FormFields.select(
                            name: Field.calendar.rawValue, label: strings[.dateCalendar],
                            options: [
                                (value: DateInputCalendar.hijri.rawValue, label: strings[.calendarHijri]),
                                (value: DateInputCalendar.gregorian.rawValue, label: strings[.calendarGregorian]),
                            ], selected: filters.dateCalendar.rawValue, errors: errors),
                        FormFields.text(
                            name: Field.from.rawValue, label: strings[.dateFrom], value: filters.from ?? "",
                            errors: errors, hint: text.dashboardDefaultRange),
                        FormFields.text(
                            name: Field.until.rawValue, label: strings[.dateUntil], value: filters.until ?? "",
                            errors: errors),
                        FormFields.select(
                            name: Field.branch.rawValue, label: strings[.branch],
                            options: [(value: "", label: strings[.allBranches])]
                                + model.branches.map {
                                    (value: $0.id.uuidString.lowercased(), label: $0.name(in: context.language))
                                }, selected: (filters.branch ?? "").lowercased(), errors: errors)),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.filter])))),
                .ul(
                    .class("tiles"),
                    tile(
                        text.sharedDecidedInTime, inTime.map { strings.percent($0) } ?? "—",
                        note: text.ofDecided(inTime: f.decidedInTime, all: f.decided)),
                    tile(
                        text.daysToDecision, f.medianDays.map(strings.number) ?? "—",
                        note: text.p90Days(days: f.p90Days)),
                    tile(text.overdueNow, strings.number(f.overdueNow), note: nil),
                    tile(
                        strings[.csatLabel], f.csat.map { strings.percent($0) } ?? "—",
                        note: text.ratingsCount(count: f.ratingCount))),
                .section(
                    .class("card"),
                    .h2(.text(text.requestsByStatus)),
                    .raw(
                        BarChart.svg(
                            f.byStatus.map { (strings.requestStatus($0.value), $0.count) },
                            title: text.requestsByStatus,
                            rightToLeft: rtl)),
                    .p(exportLink(.status))),
                .section(
                    .class("card"),
                    .h2(.text(text.contactsByChannel)),
                    .raw(
                        BarChart.svg(
                            f.contacts.map { (strings.channel($0.value), $0.count) }, title: text.contactsByChannel,
                            rightToLeft: rtl)),
                    .p(exportLink(.channels))),
                .section(
                    .class("card"),
                    .h2(.text(strings[.navFeedback])),
                    .p(
                        .text(
                            text.feedbackFigures(
                                complaints: f.complaints, suggestions: f.suggestions, closed: f.feedbackClosed,
                                medianDaysToClose: f.medianDaysToClose)))),
                .section(
                    .class("card"),
                    .h2(.text(text.csatOverTime)),
                    .p(.class("muted"), .text(text.csatExplain)),
                    .if(
                        !f.ratingsByMonth.isEmpty,
                        DataTable.render(
                            headers: [text.monthLabel, text.countLabel, strings[.csatLabel], strings[.averageLabel]],
                            rows: f.ratingsByMonth.map { month in
                                [
                                    .span(.class("nowrap"), .text(context.dates.month(month.key))),
                                    .text(strings.number(month.count)),
                                    .text(month.csat.map { strings.percent($0) } ?? "—"),
                                    .text(strings.localizedDigits(String(format: "%.1f", month.average))),
                                ]
                            })),
                    .p(exportLink(.ratings)))
            ))
    }

    private static func tile(_ title: String, _ figure: String, note: String?) -> Node<HTML.ListContext> {
        .li(
            .div(
                .class("card"), .strong(.text(title)), .p(.class("big"), .text(figure)),
                .unwrap(note) { .p(.class("muted"), .text($0)) }))
    }
}
