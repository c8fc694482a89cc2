import Foundation
import ManaratDomain

@testable import ManaratApp

extension Survey {
    /// The inquiries' survey in use: one question besides the overall rating.
    static let mockInquiry = Survey(
        id: UUID(uuidString: "00000000-0000-4000-8000-000000000401")!, scope: .inquiry, titleArabic: "تقييم الرد",
        titleEnglish: "Rate the answer",
        questions: [SurveyQuestion(arabic: "هل كان الرد واضحًا؟", english: "Was the answer clear?")], isActive: true)

    /// An earlier cash survey, retired: the list says the standard survey is in use.
    static let mockCashRetired = Survey(
        id: UUID(uuidString: "00000000-0000-4000-8000-000000000402")!, scope: .service(.cash),
        titleArabic: "تقييم الصرف", titleEnglish: "Rate the payment", questions: [], isActive: false)
}

extension SurveyInvitation {
    /// The survey sent on 20 February 2023 about Fatimah's answered inquiry, by head office's
    /// relations employee; open until 6 March.
    static let mockInquiry = SurveyInvitation(
        id: UUID(uuidString: "00000000-0000-4000-8000-000000000403")!, scope: .inquiry, subjectKind: "inquiry",
        subjectID: UUID(uuidString: "00000000-0000-4000-8000-000000000404")!, beneficiaryID: .mockBeneficiary,
        branchID: Branch.mockHeadOffice.id, channel: "portal", staffID: StaffMember.mockRelations.id,
        createdAt: Date.mockSurveySent, expiresAt: Date.mockSurveySent.addingTimeInterval(SurveyRules.validity),
        answeredAt: nil)

    /// The link's token of `mockInquiry`, 43 characters as `Tokens.random()` gives.
    static let mockToken = "mock-survey-token-0000000000000000000000000"
}

extension Date {
    /// 20 February 2023, 09:00 in Riyadh: the day before the pages' day.
    static let mockSurveySent = Date(timeIntervalSince1970: 1_676_959_200 - 86_400)
}

extension SurveyOutcome {
    /// Three inquiries and a cash delivery, at head office and without a branch, in January and
    /// February 2023: one very satisfied with a comment, one dissatisfied, two unanswered.
    static let mocks: [SurveyOutcome] = [
        SurveyOutcome(
            scope: .inquiry, branchID: Branch.mockHeadOffice.id, channel: "portal", createdAt: .mockSurveySent,
            rating: 5, comment: "خدمة ممتازة"),
        SurveyOutcome(
            scope: .inquiry, branchID: nil, channel: "phone",
            createdAt: .mockSurveySent.addingTimeInterval(-30 * 86_400), rating: 2, comment: "تأخر الرد"),
        SurveyOutcome(
            scope: .inquiry, branchID: Branch.mockHeadOffice.id, channel: "portal", createdAt: .mockSurveySent,
            rating: nil, comment: ""),
        SurveyOutcome(
            scope: .service(.cash), branchID: Branch.mockHeadOffice.id, channel: "branch",
            createdAt: .mockSurveySent, rating: nil, comment: ""),
    ]
}

extension SurveyList.Model {
    /// The inquiries' survey in use, the cash survey retired.
    static let mock = SurveyList.Model(surveys: [.mockCashRetired, .mockInquiry])
}

extension SurveyEditor.Model {
    /// The inquiries' survey refused: no English title, a question without its translation.
    static let mockRefused = SurveyEditor.Model(
        scope: .inquiry,
        form: SurveyForm(titleArabic: "تقييم الرد", titleEnglish: "", questions: "سؤال بلا ترجمة", active: "on"),
        problems: [.titleEnglishMissing, .questionsInvalid])
}

extension SurveyPage.Model {
    /// The inquiries' survey, not yet answered.
    static let mock = SurveyPage.Model(
        survey: .mockInquiry, token: SurveyInvitation.mockToken, form: .blank, problems: [])

    /// The inquiries' survey sent back without a rating, the question answered 4 and a comment.
    static let mockRefused = SurveyPage.Model(
        survey: .mockInquiry, token: SurveyInvitation.mockToken,
        form: SurveyAnswerForm(q0: "٤", comment: "  شكرًا  "), problems: [.ratingMissing])
}

extension SatisfactionRange {
    /// The twelve months before 21 February 2023, every branch.
    static let mock = SatisfactionRange(
        from: GregorianDay(year: 2022, month: 2, day: 21)!, to: GregorianDay(year: 2023, month: 2, day: 21)!,
        branchID: nil)
}

extension SatisfactionPage.Model {
    /// The year's figures over every branch.
    static let mock = SatisfactionPage.Model(
        range: .mock, branches: [.mockHeadOffice, .mockKharjClosed], outcomes: SurveyOutcome.mocks)

    /// A range with no invitation, at head office.
    static let mockEmpty = SatisfactionPage.Model(
        range: SatisfactionRange(
            from: GregorianDay(year: 2023, month: 2, day: 1)!, to: GregorianDay(year: 2023, month: 2, day: 21)!,
            branchID: Branch.mockHeadOffice.id),
        branches: [.mockHeadOffice, .mockKharjClosed], outcomes: [])
}

extension MySatisfactionPage.Model {
    /// The relations employee's own year: two inquiries, one answered.
    static let mock = MySatisfactionPage.Model(outcomes: Array(SurveyOutcome.mocks.prefix(2)))
}
