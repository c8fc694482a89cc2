import Foundation
import ManaratDomain
import ManaratPersistence
import Plot
import Vapor

/// The dashboard page.
enum DashboardPage {
    static func render(
        _ f: DashboardController.Figures, filters: DashboardController.Filters, errors: [FieldError],
        branches: [Branch], context: PageContext
    ) -> String {
        let strings = context.strings
        let rtl = context.language.isRightToLeft
        let query = [
            ("from", filters.from), ("until", filters.until), ("calendar", filters.calendar.rawValue),
            ("branch", filters.branch),
        ].filter { !$0.1.isEmpty }
        func exportLink(_ table: String) -> Node<HTML.BodyContext> {
            .a(.href(StaffURL.dashboardExport.path(query: query + [("table", table)])), .text(strings[.downloadCSV]))
        }
        let inTime = Statistics.percent(f.decidedInTime, of: f.decided)
        return Layout.render(
            title: strings[.dashboardTitle], context: context,
            content: .group(
                .h1(.text(strings[.dashboardTitle])),
                .p(.class("muted"), .text(strings[.dashboardExplain])),
                FormFields.errorSummary(errors, title: strings[.formHasErrors]),
                .form(
                    .method(.get), .action(StaffURL.dashboard.path), .class("card"),
                    .div(
                        .class("filters"),
                        FormFields.select(
                            name: "calendar", label: strings[.dateCalendar],
                            options: [
                                (value: "hijri", label: strings[.calendarHijri]),
                                (value: "gregorian", label: strings[.calendarGregorian]),
                            ], selected: filters.calendar.rawValue, errors: errors),
                        FormFields.text(
                            name: "from", label: strings[.dateFrom], value: filters.from, errors: errors,
                            hint: strings[.dashboardDefaultRange]),
                        FormFields.text(
                            name: "until", label: strings[.dateUntil], value: filters.until, errors: errors),
                        FormFields.select(
                            name: "branch", label: strings[.branch],
                            options: [(value: "", label: strings[.allBranches])]
                                + branches.map {
                                    (value: $0.id.uuidString.lowercased(), label: $0.name(in: context.language))
                                }, selected: filters.branch.lowercased(), errors: errors)),
                    .div(.class("actions"), .button(.type(.submit), .text(strings[.filter])))),
                .ul(
                    .class("tiles"),
                    .li(
                        .div(
                            .class("card"), .strong(.text(strings[.sharedDecidedInTime])),
                            .p(.class("big"), .text(inTime.map { strings.percent($0) } ?? "—")),
                            .p(
                                .class("muted"),
                                .text(
                                    strings.format(
                                        .ofDecided,
                                        ["in": strings.number(f.decidedInTime), "all": strings.number(f.decided)]))))),
                    .li(
                        .div(
                            .class("card"), .strong(.text(strings[.daysToDecision])),
                            .p(.class("big"), .text(f.medianDays.map(strings.number) ?? "—")),
                            .p(
                                .class("muted"),
                                .text(strings.format(.p90Days, ["days": f.p90Days.map(strings.number) ?? "—"]))))),
                    .li(
                        .div(
                            .class("card"), .strong(.text(strings[.overdueNow])),
                            .p(.class("big"), .text(strings.number(f.overdueNow))))),
                    .li(
                        .div(
                            .class("card"), .strong(.text(strings[.csatLabel])),
                            .p(.class("big"), .text(f.csat.map { strings.percent($0) } ?? "—")),
                            .p(
                                .class("muted"),
                                .text(strings.format(.ratingsCount, ["count": strings.number(f.ratingCount)])))))),
                .section(
                    .class("card"),
                    .h2(.text(strings[.requestsByStatus])),
                    .raw(
                        BarChart.svg(
                            f.byStatus.map { (strings.requestStatus($0.0), $0.1) }, title: strings[.requestsByStatus],
                            rightToLeft: rtl)),
                    .p(exportLink("status"))),
                .section(
                    .class("card"),
                    .h2(.text(strings[.contactsByChannel])),
                    .raw(
                        BarChart.svg(
                            f.contacts.map { (strings.channel($0.0), $0.1) }, title: strings[.contactsByChannel],
                            rightToLeft: rtl)),
                    .p(exportLink("channels"))),
                .section(
                    .class("card"),
                    .h2(.text(strings[.navFeedback])),
                    .p(
                        .text(
                            strings.format(
                                .feedbackFigures,
                                [
                                    "complaints": strings.number(f.complaints),
                                    "suggestions": strings.number(f.suggestions),
                                    "closed": strings.number(f.feedbackClosed),
                                    "days": f.medianDaysToClose.map(strings.number) ?? "—",
                                ])))),
                .section(
                    .class("card"),
                    .h2(.text(strings[.csatOverTime])),
                    .p(.class("muted"), .text(strings[.csatExplain])),
                    .if(
                        !f.ratingsByMonth.isEmpty,
                        DataTable.render(
                            headers: [
                                strings[.monthLabel], strings[.countLabel], strings[.csatLabel], strings[.averageLabel],
                            ],
                            rows: f.ratingsByMonth.map { month in
                                [
                                    .span(.class("nowrap"), .text(context.dates.month(month.0))),
                                    .text(strings.number(month.1)),
                                    .text(month.2.map { strings.percent($0) } ?? "—"),
                                    .text(strings.localizedDigits(String(format: "%.1f", month.3))),
                                ]
                            })),
                    .p(exportLink("ratings")))
            ))
    }
}
