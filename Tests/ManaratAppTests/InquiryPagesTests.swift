import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The inquiry pages in both languages, the question form read without a server, and the
/// service on an in-memory store.
@Suite("Inquiries")
struct InquiryPagesTests {
    /// Fatimah's question about her documents, asked on Tuesday 21 February 2023, due Thursday.
    static let question = Inquiry(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000006a1")!, reference: "Q-2023-00001",
        beneficiaryID: .mockBeneficiary, channel: .website, category: .documents,
        question: "هل يكفي عقد الإيجار الإلكتروني؟", status: .open, referredTo: nil, answer: "", answeredBy: "",
        answeredAt: nil, answerDueOn: GregorianDay(year: 2023, month: 2, day: 19)!,
        askedAt: Date(timeIntervalSince1970: 1_676_700_000))

    static func answered() -> Inquiry {
        var answered = question
        answered.status = .answered
        answered.answer = "نعم، يكفي عقد منصة إيجار."
        answered.answeredBy = StaffMember.mockRelations.displayName
        answered.answeredAt = Date(timeIntervalSince1970: 1_676_959_200)
        return answered
    }

    static func service(_ store: InMemoryInquiryStore) -> InquiryService {
        InquiryService(
            store: store, clock: TestClock().wallClock, timeZone: TimeZone(identifier: "Asia/Riyadh")!,
            ids: .sequential())
    }

    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        (
            "portal-ask-refused",
            {
                PortalAskPage.render(
                    .init(
                        form: InquiryForm(category: "documents"),
                        problems: [.questionMissing, .attachment(.notAcceptedFormat)]),
                    context: .mock($0, path: "/portal/ask"))
            }
        ),
        (
            "portal-inquiry-answered",
            { PortalInquiryPage.render(.init(inquiry: answered(), rating: nil, attachment: nil), context: .mock($0)) }
        ),
        (
            "inquiries",
            {
                InquiryListPage.render(
                    .init(mine: false, rows: [.init(inquiry: question, name: "فاطمة علي الزهراني", assignee: nil)]),
                    context: .mock($0, staff: .mockRelations))
            }
        ),
        (
            "inquiry-record-refused",
            {
                InquiryRecordPage.render(
                    .init(beneficiary: .mockFatimah, form: InquiryForm(channel: "phone"), problems: [.questionMissing]),
                    context: .mock($0, staff: .mockRelations))
            }
        ),
        (
            "inquiry-desk",
            {
                InquiryPage.render(
                    .init(
                        inquiry: question, beneficiaryName: "فاطمة علي الزهراني", attachment: nil,
                        researchers: [.mockResearcher], answerers: [.mockRelations, .mockResearcher],
                        types: [.mockRent],
                        articles: [], mayConvert: true, mayAnswer: true, problems: [.answerMissing]),
                    context: .mock($0, staff: .mockRelations))
            }
        ),
    ]

    @Test("each inquiry page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("a question is due two working days on, skipping the weekend, and gets its reference when saved")
    func dueDay() async throws {
        // setup
        let store = InMemoryInquiryStore()
        let service = Self.service(store)
        let draft = try InquiryForm(category: "documents", question: " سؤال ").parsed(maximumBytes: 1_000).get()
        // act
        let inquiry = try await service.inquiry(draft, from: .mockBeneficiary, through: .website)
        let saved = try await service.save(inquiry, attachment: nil, attachmentID: UUID())
        // assert
        #expect(inquiry.question == "سؤال")
        #expect(inquiry.answerDueOn == GregorianDay(year: 2023, month: 2, day: 23))
        #expect(saved.reference == "Q-2023-00001")
    }

    @Test("an answer links only a public article and tells the asker; an empty one is refused")
    func answering() async throws {
        // setup
        let article = UUID(uuidString: "00000000-0000-4000-8000-0000000006a2")!
        let store = InMemoryInquiryStore(askers: [.mockFatimah], publicArticles: [article])
        let service = Self.service(store)
        // act
        let linked = try await service.answered(Self.question, with: "نعم", article: article, by: .mockRelations)
        let unlinked = try await service.answered(Self.question, with: "نعم", article: UUID(), by: .mockRelations)
        try await service.answer(linked, by: .mockRelations)
        // assert
        #expect(linked.articleID == article)
        #expect(unlinked.articleID == nil)
        #expect(await store.told.map(\.inquiryID) == [Self.question.id])
        await #expect(throws: InquiryProblems(problems: [.answerMissing])) {
            try await service.answered(Self.question, with: "  ", article: nil, by: .mockRelations)
        }
    }

    @Test("a question turned into a request carries its words, and the asker is answered with the reference")
    func conversion() async throws {
        // setup
        let store = InMemoryInquiryStore(askers: [.mockFatimah], types: [.mockRent])
        let service = Self.service(store)
        try await service.update(Self.question)
        // act
        try await service.convert(Self.question, into: .mockRent, as: UUID(), by: .mockRelations)
        // assert
        let request = try #require(await store.requests.first)
        #expect(request.details == Self.question.question)
        #expect(request.status == .draft)
        let answered = try #require(try await store.find(id: Self.question.id))
        #expect(answered.status == .answered)
        #expect(answered.answer.contains(request.reference))
    }

    @Test("only an active staff member who may answer takes an inquiry, and only a researcher a referral")
    func assignments() async throws {
        // setup
        let store = InMemoryInquiryStore(staff: [.mockDelivery, .mockResearcher])
        let service = Self.service(store)
        // act
        let referred = try await service.referred(Self.question, to: StaffMember.mockResearcher.id)
        // assert
        #expect(referred.inquiry.status == .referred)
        await #expect(throws: InquiryProblems(problems: [.assigneeRequired])) {
            try await service.assigned(Self.question, to: StaffMember.mockDelivery.id)
        }
        await #expect(throws: InquiryProblems(problems: [.researcherRequired])) {
            try await service.referred(Self.question, to: StaffMember.mockDelivery.id)
        }
    }
}
