import Foundation

/// Satisfaction in one group (a service, a branch, a channel or a month), never per person.
public struct SatisfactionFigures: Sendable, Equatable {
    /// Invitations sent.
    public var invited: Int
    /// Answers received.
    public var answered: Int
    /// The share of ratings that are 4 or 5.
    public var csat: Int?
    /// The mean rating, to one decimal.
    public var average: Double?
    /// The share of invitations answered.
    public var responseRate: Int?

    /// Computes the figures from the ratings given and the number of invitations.
    public init(ratings: [Int], invited: Int) {
        self.invited = invited
        answered = ratings.count
        csat = Statistics.csat(ratings)
        average = ratings.isEmpty ? nil : (Double(ratings.reduce(0, +)) / Double(ratings.count) * 10).rounded() / 10
        responseRate = Statistics.percent(ratings.count, of: invited)
    }

    /// Groups invitations (each with its rating once answered) by `key`, in key order.
    public static func grouped<Key: Comparable & Hashable>(_ items: [(key: Key, rating: Int?)]) -> [(
        Key, SatisfactionFigures
    )] {
        Dictionary(grouping: items, by: \.key)
            .map { key, group in (key, SatisfactionFigures(ratings: group.compactMap(\.rating), invited: group.count)) }
            .sorted { $0.0 < $1.0 }
    }
}
