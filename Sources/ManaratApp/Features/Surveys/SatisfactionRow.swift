import Foundation
import ManaratDomain

/// One line of a satisfaction table: what it counts, named in the interface's language, and its
/// figures. The grouping functions serve the pages and the downloads alike.
struct SatisfactionRow: Sendable, Equatable {
    /// The service, branch, channel or month counted.
    var name: String
    var figures: SatisfactionFigures

    /// Every outcome in one row named `name`.
    static func total(_ outcomes: [SurveyOutcome], name: String) -> SatisfactionRow {
        SatisfactionRow(
            name: name, figures: SatisfactionFigures(ratings: outcomes.compactMap(\.rating), invited: outcomes.count))
    }

    /// A row per service (and one for inquiries), in the order of their stored codes.
    static func byService(_ outcomes: [SurveyOutcome], strings: Strings) -> [SatisfactionRow] {
        SatisfactionFigures.grouped(outcomes.map { (key: $0.scope.code, rating: $0.rating) }).map {
            SatisfactionRow(name: strings.surveyScope(SurveyScope(code: $0.0) ?? .inquiry), figures: $0.1)
        }
    }

    /// A row per branch name in the interface's language, in name order; a branch not in
    /// `branches`, or none, counts as "no branch".
    static func byBranch(_ outcomes: [SurveyOutcome], branches: [Branch], strings: Strings) -> [SatisfactionRow] {
        let name = { (id: UUID?) in
            id.flatMap { id in branches.first { $0.id == id }?.name(in: strings.language) } ?? strings[.noBranch]
        }
        return SatisfactionFigures.grouped(outcomes.map { (key: name($0.branchID), rating: $0.rating) }).map {
            SatisfactionRow(name: $0.0, figures: $0.1)
        }
    }

    /// A row per channel, in the order of their stored codes.
    static func byChannel(_ outcomes: [SurveyOutcome], strings: Strings) -> [SatisfactionRow] {
        SatisfactionFigures.grouped(outcomes.map { (key: $0.channel, rating: $0.rating) }).map {
            SatisfactionRow(name: strings.surveyChannel($0.0), figures: $0.1)
        }
    }

    /// A row per month the invitations were sent in, in `dates`' time zone, oldest first.
    static func byMonth(_ outcomes: [SurveyOutcome], dates: DateText) -> [SatisfactionRow] {
        let keyed = outcomes.map { (key: Self.month($0.createdAt, zone: dates.timeZone), rating: $0.rating) }
        return SatisfactionFigures.grouped(keyed).map { SatisfactionRow(name: dates.month($0.0), figures: $0.1) }
    }

    /// The "2023-02" key of the month `date` falls in, in `zone`.
    static func month(_ date: Date, zone: TimeZone) -> String {
        let day = GregorianDay(date, timeZone: zone)
        return String(format: "%04d-%02d", day.year, day.month)
    }
}
