import Foundation
import ManaratDomain
import Plot

/// A card with a titled table of satisfaction figures, the one both satisfaction pages draw.
enum SatisfactionFiguresTable {
    /// The card titled `title` with `rows`, or a line saying there is nothing yet.
    static func render(_ title: String, rows: [SatisfactionRow], strings: Strings) -> Node<HTML.BodyContext> {
        let text = SurveyText(strings: strings)
        return .section(
            .class("card"),
            .h2(.text(title)),
            .if(rows.isEmpty, .p(.text(strings[.noRecordsYet]))),
            .if(
                !rows.isEmpty,
                DataTable.render(
                    headers: [
                        "", text.surveyInvited, text.surveyAnswered, strings[.csatLabel],
                        strings[.averageLabel], text.surveyResponseRate,
                    ],
                    rows: rows.map { row in
                        [
                            .text(row.name), .text(strings.number(row.figures.invited)),
                            .text(strings.number(row.figures.answered)),
                            .text(row.figures.csat.map { strings.percent($0) } ?? "—"),
                            .text(
                                row.figures.average.map { strings.localizedDigits(String(format: "%.1f", $0)) } ?? "—"
                            ),
                            .text(row.figures.responseRate.map { strings.percent($0) } ?? "—"),
                        ]
                    })))
    }
}
