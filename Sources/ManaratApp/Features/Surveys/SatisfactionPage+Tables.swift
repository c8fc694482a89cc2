import Foundation
import ManaratDomain

extension SatisfactionPage {
    /// A table the page shows and downloads, named as the download's query names it.
    enum Table: String, CaseIterable, Sendable {
        case service, branch, channel, month
    }

    /// The rows of `table`, named in `strings`' language, months in `timeZone`.
    static func rows(_ table: Table, of model: Model, strings: Strings, timeZone: TimeZone) -> [SatisfactionRow] {
        switch table {
        case .service: return SatisfactionRow.byService(model.outcomes, strings: strings)
        case .branch: return SatisfactionRow.byBranch(model.outcomes, branches: model.branches, strings: strings)
        case .channel: return SatisfactionRow.byChannel(model.outcomes, strings: strings)
        case .month:
            return SatisfactionRow.byMonth(model.outcomes, dates: DateText(strings: strings, timeZone: timeZone))
        }
    }

    /// The download of the table named `name`, the header first, numbers in Latin digits as
    /// spreadsheets read them; nil for a table the page does not have.
    static func csv(_ model: Model, table name: String, strings: Strings, timeZone: TimeZone) -> [[String]]? {
        let text = SurveyText(strings: strings)
        guard let table = Table(rawValue: name) else { return nil }
        let header = [
            "", text.surveyInvited, text.surveyAnswered, strings[.csatLabel], strings[.averageLabel],
            text.surveyResponseRate,
        ]
        return [header]
            + rows(table, of: model, strings: strings, timeZone: timeZone).map { row in
                let figures = row.figures
                return [
                    row.name, String(figures.invited), String(figures.answered), figures.csat.map(String.init) ?? "",
                    figures.average.map { String(format: "%.1f", $0) } ?? "",
                    figures.responseRate.map(String.init) ?? "",
                ]
            }
    }
}
