import Foundation
import Testing

@testable import ManaratDomain

@Suite("Satisfaction surveys: links, answers and figures in aggregate")
struct SurveyRulesTests {
    @Test("a survey link works for 14 days and once")
    func invitationWindow() {
        // setup
        let sent = Date(timeIntervalSince1970: 1_676_959_200)
        let expires = sent.addingTimeInterval(SurveyRules.validity)
        // act
        let fresh = SurveyRules.check(expiresAt: expires, answeredAt: nil, now: sent.addingTimeInterval(13 * 86_400))
        let late = SurveyRules.check(expiresAt: expires, answeredAt: nil, now: sent.addingTimeInterval(14 * 86_400))
        let twice = SurveyRules.check(expiresAt: expires, answeredAt: sent, now: sent.addingTimeInterval(60))
        // assert
        #expect(fresh == nil)
        #expect(late == .expired)
        #expect(twice == .alreadyAnswered)
    }

    @Test("the overall rating is 1 to 5 and required; answers are 1 to 5 or skipped; the comment has a limit")
    func answers() {
        // setup
        let cases = [
            SurveyAnswer(rating: 5, answers: [4, nil], comment: "شكرًا"),
            SurveyAnswer(rating: 0, answers: [], comment: ""),
            SurveyAnswer(rating: 3, answers: [6], comment: ""),
            SurveyAnswer(rating: 3, answers: [1, 2, 3], comment: ""),
            SurveyAnswer(rating: 4, answers: [], comment: String(repeating: "ا", count: 1001)),
        ]
        // act
        let problems = cases.map { SurveyRules.validate($0, questionCount: 2) }
        // assert
        #expect(problems == [nil, .ratingMissing, .answerOutOfRange, .answerOutOfRange, .commentTooLong])
    }

    @Test(
        "figures per group: CSAT is the share of 4s and 5s, the average one decimal, the response rate per invitation")
    func figures() {
        // setup
        let items: [(key: String, rating: Int?)] = [
            ("cash", 5), ("cash", 4), ("cash", 2), ("cash", nil), ("inKind", 3), ("inKind", nil),
        ]
        // act
        let grouped = SatisfactionFigures.grouped(items)
        // assert
        #expect(grouped.map(\.0) == ["cash", "inKind"])
        #expect(grouped[0].1 == SatisfactionFigures(ratings: [5, 4, 2], invited: 4))
        #expect(grouped[0].1.csat == 67)
        #expect(grouped[0].1.average == 3.7)
        #expect(grouped[0].1.responseRate == 75)
        #expect(grouped[1].1.csat == 0)
        #expect(grouped[1].1.responseRate == 50)
        #expect(SatisfactionFigures(ratings: [], invited: 0).csat == nil)
    }

    @Test("scopes are stored as codes and read back; an unknown code is refused")
    func scopes() {
        // setup
        let codes = SurveyScope.all.map(\.code)
        // act
        let read = codes.map(SurveyScope.init(code:))
        // assert
        #expect(codes == ["service:cash", "service:inKind", "service:referral", "inquiry"])
        #expect(read == SurveyScope.all.map(Optional.some))
        #expect(SurveyScope(code: "service:gold") == nil)
    }
}
