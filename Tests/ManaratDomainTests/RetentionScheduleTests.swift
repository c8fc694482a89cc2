import Foundation
import ManaratDomain
import Testing

@Suite("The retention schedule")
struct RetentionScheduleTests {
    @Test("defaults per kind; financial records never under ten years; the cutoff counts years and days back from now")
    func boundsAndCutoff() {
        // setup
        var schedule = RetentionSchedule.standard
        let riyadh = TimeZone(identifier: "Asia/Riyadh")!
        let now = Date(timeIntervalSince1970: 1_676_959_200)  // 2023-02-21 09:00 Riyadh
        // act
        let tooShort = schedule.set(.serviceRecords, to: 9)
        let tooLong = schedule.set(.signInCodes, to: 4000)
        let fine = schedule.set(.closedRequests, to: 7)
        // assert
        #expect(RetentionSchedule.standard.period(.serviceRecords) == 10)
        #expect(Self.refusal(tooShort) == .belowMinimum(.serviceRecords, minimum: 10))
        #expect(Self.refusal(tooLong) == .aboveMaximum(.signInCodes, maximum: 3650))
        #expect(Self.refusal(fine) == nil)
        #expect(schedule.period(.closedRequests) == 7)
        #expect(
            GregorianDay(schedule.cutoff(.closedRequests, now: now, timeZone: riyadh), timeZone: riyadh)
                == GregorianDay(year: 2016, month: 2, day: 21)!)
        #expect(
            GregorianDay(schedule.cutoff(.signInCodes, now: now, timeZone: riyadh), timeZone: riyadh) == GregorianDay(
                year: 2023, month: 1, day: 22)!)
    }

    static func refusal(_ result: Result<Void, RetentionSchedule.Refusal>) -> RetentionSchedule.Refusal? {
        if case .failure(let refusal) = result { return refusal }
        return nil
    }
}
