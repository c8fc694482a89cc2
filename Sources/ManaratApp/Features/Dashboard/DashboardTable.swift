import Foundation
import ManaratDomain

/// A dashboard table that downloads as CSV.
enum DashboardTable: String, CaseIterable, Sendable {
    case status, channels, ratings

    /// The table named by a download's query; requests by status when none or an unknown one.
    init(named name: String?) {
        self = name.flatMap(DashboardTable.init(rawValue:)) ?? .status
    }

    /// The table's rows, the header first, in the interface's language; numbers in Latin digits,
    /// as spreadsheets read them.
    func rows(_ figures: DashboardFigures, strings: Strings) -> [[String]] {
        let text = DashboardText(strings: strings)
        switch self {
        case .status:
            return [[strings[.status], text.countLabel]]
                + figures.byStatus.map { [strings.requestStatus($0.value), String($0.count)] }
        case .channels:
            return [[strings[.channelLabel], text.countLabel]]
                + figures.contacts.map { [strings.channel($0.value), String($0.count)] }
        case .ratings:
            return [[text.monthLabel, text.countLabel, strings[.csatLabel], strings[.averageLabel]]]
                + figures.ratingsByMonth.map {
                    [$0.key, String($0.count), $0.csat.map(String.init) ?? "", String(format: "%.2f", $0.average)]
                }
        }
    }
}
