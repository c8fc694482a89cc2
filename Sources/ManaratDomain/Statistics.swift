import Foundation

/// The few statistics the dashboard needs, on plain numbers.
public enum Statistics {
    /// The value below which `fraction` of the values fall (nearest-rank), or nil for no values.
    /// Nearest rank keeps the answer one of the real values: "90% were decided within 12 days".
    public static func percentile(_ values: [Int], _ fraction: Double) -> Int? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    /// The median (nearest rank, lower middle for an even count).
    public static func median(_ values: [Int]) -> Int? {
        percentile(values, 0.5)
    }

    /// A share as a whole percentage, rounded half up; nil when there is nothing to share.
    public static func percent(_ part: Int, of whole: Int) -> Int? {
        guard whole > 0 else { return nil }
        return Int((Double(part) * 100 / Double(whole)).rounded(.toNearestOrAwayFromZero))
    }

    /// Customer satisfaction: the share of ratings that are 4 or 5.
    public static func csat(_ scores: [Int]) -> Int? {
        percent(scores.filter { $0 >= 4 }.count, of: scores.count)
    }
}
