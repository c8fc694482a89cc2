import Foundation
import Testing

@testable import ManaratDomain

@Suite("Dashboard statistics")
struct StatisticsTests {
    @Test("median and 90th percentile are real values by nearest rank")
    func percentiles() {
        // setup
        let days = [3, 9, 1, 14, 7, 10, 2, 30, 5, 8]
        // act
        let median = Statistics.median(days)
        let p90 = Statistics.percentile(days, 0.9)
        let none = Statistics.median([])
        // assert
        #expect(median == 7)
        #expect(p90 == 14)
        #expect(none == nil)
    }

    @Test("satisfaction is the share of 4s and 5s, rounded half up")
    func satisfaction() {
        // setup
        let scores = [5, 4, 3, 5, 1, 4, 2, 5]
        // act
        let csat = Statistics.csat(scores)
        let share = Statistics.percent(1, of: 8)
        // assert
        #expect(csat == 63)
        #expect(share == 13)
        #expect(Statistics.csat([]) == nil)
    }
}
