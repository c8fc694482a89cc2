import Foundation
import ManaratDomain

/// The dashboard's figures, computed from the raw data of a range: what the page shows and the
/// downloads write.
struct DashboardFigures: Sendable, Equatable {
    /// One month's ratings.
    struct Month: Sendable, Equatable {
        /// "2023-02".
        var key: String
        var count: Int
        /// The share of 4s and 5s, in percent.
        var csat: Int?
        var average: Double
    }

    var byStatus: [Counted<RequestStatus>]
    var decided: Int
    var decidedInTime: Int
    var medianDays: Int?
    var p90Days: Int?
    var overdueNow: Int
    var contacts: [Counted<ContactChannel>]
    var complaints: Int
    var suggestions: Int
    var feedbackClosed: Int
    var medianDaysToClose: Int?
    var ratingsByMonth: [Month]
    var csat: Int?
    var ratingCount: Int

    /// A value and how many there are of it.
    struct Counted<Value: Sendable & Equatable>: Sendable, Equatable {
        var value: Value
        var count: Int
    }
}
