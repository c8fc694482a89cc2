import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// Satisfaction surveys: every page in Arabic and English, the forms read without a server, and
/// the service on an in-memory store.
@Suite("Surveys")
struct SurveyPagesTests {
    static let riyadh = TimeZone(identifier: "Asia/Riyadh")!

    static func service(_ store: InMemorySurveyStore, clock: TestClock = TestClock()) -> SurveyService {
        SurveyService(store: store, clock: clock.wallClock, ids: .sequential())
    }

    /// The problems `result` was refused for; none when it was not.
    static func problems<Value>(_ result: Result<Value, SurveyFormProblems>) -> [SurveyFormProblem] {
        if case .failure(let refused) = result { return refused.problems }
        return []
    }

    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        ("survey-list", { SurveyList.render(.mock, context: .mock($0, staff: .mockAdmin)) }),
        (
            "survey-editor",
            {
                SurveyEditor.render(
                    .init(scope: .inquiry, form: SurveyForm(survey: .mockInquiry), problems: []),
                    context: .mock($0, staff: .mockAdmin))
            }
        ),
        ("survey-editor-refused", { SurveyEditor.render(.mockRefused, context: .mock($0, staff: .mockAdmin)) }),
        ("survey", { SurveyPage.render(.mock, context: .mock($0)) }),
        ("survey-refused", { SurveyPage.render(.mockRefused, context: .mock($0)) }),
        ("survey-expired", { SurveyClosedPage.render(.init(expired: true), context: .mock($0)) }),
        ("survey-answered", { SurveyClosedPage.render(.init(expired: false), context: .mock($0)) }),
        ("survey-thanks", { SurveyThanksPage.render(.standard, context: .mock($0)) }),
        (
            "satisfaction",
            { SatisfactionPage.render(.mock, context: .mock($0, staff: .mockQuality, path: "/staff/satisfaction")) }
        ),
        (
            "satisfaction-empty",
            {
                SatisfactionPage.render(
                    .mockEmpty, context: .mock($0, staff: .mockQuality, path: "/staff/satisfaction"))
            }
        ),
        (
            "my-satisfaction",
            {
                MySatisfactionPage.render(
                    .mock, context: .mock($0, staff: .mockRelations, path: "/staff/account/satisfaction"))
            }
        ),
    ]

    @Test("each survey page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("the survey page keeps what was chosen and names the missing rating beside it")
    func refusedSurveyShowsChoices() {
        // setup
        let model = SurveyPage.Model.mockRefused
        // act
        let html = SurveyPage.render(model, context: .mock(.arabic))
        // assert
        #expect(html.contains("اختر تقييمًا من ١ إلى ٥"))
        #expect(html.contains("شكرًا") && !html.contains("  شكرًا"))
        #expect(html.contains(PublicURL.survey(SurveyInvitation.mockToken).path))
    }

    // MARK: Forms

    @Test("a survey's questions are one per line, Arabic | English, at most five; both titles are required")
    func surveyForm() throws {
        // setup
        let good = SurveyForm(
            titleArabic: " تقييم الرد ", titleEnglish: "Rate the answer",
            questions: "هل كان الرد واضحًا؟ | Was the answer clear?\n\n  هل كان سريعًا؟|Was it quick?  ", active: "on")
        let untranslated = SurveyForm(titleArabic: "", titleEnglish: "Rate", questions: "سؤال بلا ترجمة")
        let tooMany = SurveyForm(
            titleArabic: "تقييم", titleEnglish: "Rating",
            questions: (1...6).map { "سؤال \($0) | Question \($0)" }.joined(separator: "\n"))
        // act
        let draft = try good.parsed().get()
        let refused = Self.problems(untranslated.parsed())
        let crowded = Self.problems(tooMany.parsed())
        // assert
        #expect(draft.titleArabic == "تقييم الرد")
        #expect(
            draft.questions == [
                SurveyQuestion(arabic: "هل كان الرد واضحًا؟", english: "Was the answer clear?"),
                SurveyQuestion(arabic: "هل كان سريعًا؟", english: "Was it quick?"),
            ])
        #expect(draft.isActive)
        #expect(refused == [.titleArabicMissing, .questionsInvalid])
        #expect(crowded == [.tooManyQuestions])
        #expect(SurveyText(strings: Strings(language: .english)).problem(.tooManyQuestions).contains("5"))
    }

    @Test("the editor shows an existing survey's questions one per line, and a new scope's survey active")
    func surveyFormFromSurvey() {
        // setup
        let existing = Survey.mockInquiry
        // act
        let shown = SurveyForm(survey: existing)
        let fresh = SurveyForm(survey: nil)
        // assert
        #expect(shown.questions == "هل كان الرد واضحًا؟ | Was the answer clear?")
        #expect(shown.active == "on")
        #expect(fresh.titleArabic == "")
        #expect(fresh.active == "on")
    }

    @Test(
        "an answer takes a 1–5 rating in either digits; a missing rating, an answer past 5 or a long comment is refused"
    )
    func answerForm() throws {
        // setup
        let good = SurveyAnswerForm(rating: "٥", q0: "4", comment: "  الرد كان واضحًا  ")
        let empty = SurveyAnswerForm(comment: "")
        let outOfRange = SurveyAnswerForm(rating: "3", q0: "9")
        let long = SurveyAnswerForm(rating: "3", comment: String(repeating: "ب", count: 1001))
        // act
        let answer = try good.parsed(questionCount: 1).get()
        // assert
        #expect(answer == SurveyAnswer(rating: 5, answers: [4], comment: "الرد كان واضحًا"))
        #expect(Self.problems(empty.parsed(questionCount: 1)) == [.ratingMissing])
        #expect(Self.problems(outOfRange.parsed(questionCount: 1)) == [.answerOutOfRange])
        #expect(Self.problems(long.parsed(questionCount: 0)) == [.commentTooLong])
        #expect(SurveyFormProblem.answerOutOfRange.field == "q0")
    }

    @Test("the figures' range falls back to the last twelve months beside a date it cannot read, and reads Hijri")
    func filterForm() {
        // setup
        let today = GregorianDay(year: 2023, month: 2, day: 21)!
        let unreadable = SatisfactionFilterForm(from: "not a day", to: "")
        let hijri = SatisfactionFilterForm(
            from: "1/1/1445", fromCalendar: "hijri", to: "1/1/1446", toCalendar: "hijri")
        // act
        let fallback = unreadable.range(today: today)
        let typed = hijri.range(today: today)
        // assert
        #expect(fallback == SatisfactionRange(from: today.adding(days: -365), to: today, branchID: nil))
        #expect(typed.from == GregorianDay(year: 2023, month: 7, day: 19)!)
        #expect(typed.to > typed.from)
    }

    @Test("a download names its rows in the interface's language with Latin figures; an unknown table is none")
    func csv() throws {
        // setup
        let model = SatisfactionPage.Model.mock
        // act
        let rows = try #require(
            SatisfactionPage.csv(model, table: "service", strings: Strings(language: .arabic), timeZone: Self.riyadh))
        let unknown = SatisfactionPage.csv(
            model, table: "names", strings: Strings(language: .arabic), timeZone: Self.riyadh)
        // assert
        #expect(rows.count == 3)
        #expect(rows.contains(["الاستفسارات", "3", "2", "50", "3.5", "67"]))
        #expect(unknown == nil)
    }

    // MARK: Service

    @Test("a link's answer is recorded once: a second answer is refused, and an expired link says so")
    func answerOnce() async throws {
        // setup
        let clock = TestClock()
        let store = InMemorySurveyStore(
            surveys: [.mockInquiry], invitations: [.mockInquiry],
            tokenHashes: [SurveyInvitation.mockInquiry.id: Tokens.hash(SurveyInvitation.mockToken)])
        let service = Self.service(store, clock: clock)
        let answer = SurveyAnswer(rating: 5, answers: [4], comment: "خدمة ممتازة")
        // act
        let invitation = try #require(try await service.invitation(token: SurveyInvitation.mockToken))
        let unknown = try await service.invitation(token: "short")
        let openAtFirst = service.closed(invitation)
        let first = try await service.answer(answer, to: invitation, survey: .mockInquiry, via: "link")
        let second = try await service.answer(answer, to: invitation, survey: .mockInquiry, via: "link")
        let reread = try #require(try await service.invitation(token: SurveyInvitation.mockToken))
        clock.advance(by: SurveyRules.validity)
        let expired = try #require(try await service.invitation(token: SurveyInvitation.mockToken))
        // assert
        #expect(unknown == nil)
        #expect(openAtFirst == nil)
        #expect(first)
        #expect(!second)
        #expect(service.closed(reread) == .alreadyAnswered)
        #expect(await store.answers[invitation.id] == answer)
        #expect(await store.answeredVia[invitation.id] == "link")
        var unanswered = expired
        unanswered.answeredAt = nil
        #expect(service.closed(unanswered) == .expired)
    }

    @Test("a saved survey is a new version that retires the scope's active one")
    func saveSurvey() async throws {
        // setup
        let store = InMemorySurveyStore(surveys: [.mockInquiry])
        let service = Self.service(store)
        let draft = SurveyDraft(titleArabic: "رأيك يهمنا", titleEnglish: "Your view", questions: [], isActive: true)
        // act
        let survey = service.survey(draft, for: .inquiry)
        try await service.save(survey)
        let active = try await service.activeSurvey(for: .inquiry)
        let all = try await store.surveys()
        // assert
        #expect(survey.id != Survey.mockInquiry.id)
        #expect(active?.titleEnglish == "Your view")
        #expect(all.filter(\.isActive).map(\.id) == [survey.id])
        #expect(all.count == 2)
    }

    @Test("the branch tablet rates only a completed service, and only once")
    func tablet() async throws {
        // setup
        var completed = SupportRequest.mockFatimahRent
        completed.status = .completed
        let rated = SurveyInvitation(
            id: UUID(uuidString: "00000000-0000-4000-8000-000000000405")!, scope: .service(.cash),
            subjectKind: "request", subjectID: completed.id, beneficiaryID: .mockBeneficiary, branchID: nil,
            channel: "branch", staffID: nil, createdAt: .mockSurveySent,
            expiresAt: Date.mockSurveySent.addingTimeInterval(SurveyRules.validity), answeredAt: .mockSurveySent)
        let fresh = Self.service(InMemorySurveyStore(requests: [completed], beneficiaries: [.mockFatimah]))
        let early = Self.service(
            InMemorySurveyStore(requests: [.mockFatimahRent], beneficiaries: [.mockFatimah]))
        let again = Self.service(
            InMemorySurveyStore(invitations: [rated], requests: [completed], beneficiaries: [.mockFatimah]))
        let staffID = StaffMember.mockRelations.id
        // act
        let handed = try #require(try await fresh.tabletSurvey(requestID: completed.id, staffID: staffID))
        let missing = try await fresh.tabletSurvey(requestID: .mockBeneficiary, staffID: staffID) == nil
        // assert
        #expect(handed.beneficiary.id == Beneficiary.mockFatimah.id)
        #expect(handed.subject.scope == .service(.cash))
        #expect(handed.subject.reference == "REQ-1444-00001")
        #expect(handed.subject.staffID == staffID)
        #expect(missing)
        await #expect(throws: SurveyFormProblems(problems: [.notCompleted])) {
            try await early.tabletSurvey(requestID: completed.id, staffID: staffID)
        }
        await #expect(throws: SurveyFormProblems(problems: [.alreadyRated])) {
            try await again.tabletSurvey(requestID: completed.id, staffID: staffID)
        }
    }

    @Test("a staff member reads their own figures; only a manager of their branch, or of all, reads another's")
    func figuresSubject() async throws {
        // setup
        let kharjAdmin = StaffMember(
            id: UUID(uuidString: "00000000-0000-4000-8000-000000000406")!, username: "admin.khr",
            displayName: "مدير الخرج", roles: [.admin], branchID: Branch.mockKharjClosed.id, isActive: true)
        var employee = StaffMember.mockRelations
        employee.branchID = Branch.mockHeadOffice.id
        let service = Self.service(InMemorySurveyStore(staff: [employee, kharjAdmin]))
        // act
        let own = try await service.figuresSubject(viewer: employee, asked: nil)
        let ownAsked = try await service.figuresSubject(viewer: employee, asked: employee.id)
        let manager = try await service.figuresSubject(viewer: .mockAdmin, asked: employee.id)
        let peer = try await service.figuresSubject(viewer: .mockQuality, asked: employee.id)
        let elsewhere = try await service.figuresSubject(viewer: kharjAdmin, asked: employee.id)
        // assert
        #expect(own == employee.id)
        #expect(ownAsked == employee.id)
        #expect(manager == employee.id)
        #expect(peer == nil)
        #expect(elsewhere == nil)
    }

    @Test("the figures count a range's invitations, each branch by name and an unknown one as no branch")
    func figures() async throws {
        // setup
        let store = InMemorySurveyStore(
            invitations: [.mockInquiry], branches: [.mockHeadOffice, .mockKharjClosed])
        // act
        let model = try await SatisfactionPage.Model.query(store, range: .mock, timeZone: Self.riyadh)
        let later = try await SatisfactionPage.Model.query(
            store,
            range: SatisfactionRange(
                from: GregorianDay(year: 2023, month: 2, day: 21)!, to: GregorianDay(year: 2023, month: 3, day: 1)!),
            timeZone: Self.riyadh)
        let byBranch = SatisfactionRow.byBranch(
            SurveyOutcome.mocks, branches: [.mockHeadOffice], strings: Strings(language: .english))
        // assert
        #expect(model.outcomes.count == 1)
        #expect(later.outcomes.isEmpty)
        #expect(byBranch.map(\.name) == ["Head office", Strings(language: .english)[.noBranch]])
        #expect(byBranch.map(\.figures.invited) == [3, 1])
    }
}
