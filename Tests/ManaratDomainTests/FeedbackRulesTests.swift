import Foundation
import Testing

@testable import ManaratDomain

@Suite("Closing and appealing complaints and suggestions")
struct FeedbackRulesTests {
    @Test("closing needs a response and either the improvement taken (what and owner) or the reason for none")
    func closing() {
        // setup
        let day = GregorianDay(year: 2023, month: 3, day: 1)!
        let action = ImprovementAction(what: "تمديد ساعات استقبال الفرع", owner: "مدير الفرع", on: day)
        // act
        let noResponse = FeedbackRules.checkClosing(response: " ", action: action, noActionReason: "")
        let nothingRecorded = FeedbackRules.checkClosing(response: "نعتذر عن التأخير", action: nil, noActionReason: " ")
        let ownerMissing = FeedbackRules.checkClosing(
            response: "نعتذر", action: ImprovementAction(what: "x", owner: "", on: day), noActionReason: "")
        let withAction = FeedbackRules.checkClosing(response: "نعتذر", action: action, noActionReason: "")
        let withReason = FeedbackRules.checkClosing(
            response: "شكرًا", action: nil, noActionReason: "الإجراء المقترح مطبق حاليًا")
        // assert
        #expect(noResponse == .responseMissing)
        #expect(nothingRecorded == .improvementOrReasonMissing)
        #expect(ownerMissing == .improvementOrReasonMissing)
        #expect(withAction == nil)
        #expect(withReason == nil)
    }

    @Test("a closed item may be appealed once, and nothing else may")
    func appeal() {
        // setup
        let cases: [(FeedbackStatus, Int, Bool)] = [
            (.closed, 0, true), (.closed, 1, false), (.open, 0, false), (.inProgress, 0, false),
        ]
        // act
        let results = cases.map { FeedbackRules.mayAppeal(status: $0.0, appeals: $0.1) }
        // assert
        #expect(results == cases.map(\.2))
    }
}
