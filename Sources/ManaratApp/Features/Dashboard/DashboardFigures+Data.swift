import Foundation
import ManaratDomain

extension DashboardFigures {
    /// The figures of `data`, days counted in `timeZone`: statuses that occur, time to decision
    /// (median and 90th percentile) and the share decided by the expected day, every channel,
    /// complaints and suggestions, and ratings by month.
    init(_ data: DashboardData, timeZone zone: TimeZone) {
        let decided = data.requests.filter { $0.decidedAt != nil && $0.submittedOn != nil }
        let days = decided.compactMap { item -> Int? in
            guard let submitted = item.submittedOn, let decidedAt = item.decidedAt else { return nil }
            return submitted.days(until: GregorianDay(decidedAt, timeZone: zone))
        }
        let inTime = decided.filter { item in
            guard let expected = item.expectedOn, let decidedAt = item.decidedAt else { return false }
            return GregorianDay(decidedAt, timeZone: zone) <= expected
        }.count
        let closedDays = data.feedback.compactMap(\.closedInDays)
        let months = Dictionary(grouping: data.ratings) { rating -> String in
            let day = GregorianDay(rating.at, timeZone: zone)
            return String(format: "%04d-%02d", day.year, day.month)
        }
        self.init(
            byStatus: RequestStatus.allCases.map { status in
                Counted(value: status, count: data.requests.filter { $0.status == status }.count)
            }.filter { $0.count > 0 },
            decided: decided.count, decidedInTime: inTime, medianDays: Statistics.median(days),
            p90Days: Statistics.percentile(days, 0.9), overdueNow: data.overdueNow,
            contacts: ContactChannel.allCases.map { Counted(value: $0, count: data.contactsByChannel[$0] ?? 0) },
            complaints: data.feedback.filter { $0.kind == .complaint }.count,
            suggestions: data.feedback.filter { $0.kind == .suggestion }.count,
            feedbackClosed: closedDays.count, medianDaysToClose: Statistics.median(closedDays),
            ratingsByMonth: months.sorted { $0.key < $1.key }.map { key, items in
                let scores = items.map(\.score)
                return Month(
                    key: key, count: items.count, csat: Statistics.csat(scores),
                    average: Double(scores.reduce(0, +)) / Double(max(items.count, 1)))
            },
            csat: Statistics.csat(data.ratings.map(\.score)), ratingCount: data.ratings.count)
    }
}
