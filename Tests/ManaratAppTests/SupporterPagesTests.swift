import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// Supporters and the public contact page: every page in Arabic and English, the forms read
/// without a server (the editor and the contact page refusing by one rule), and the service on
/// an in-memory store.
@Suite("Supporters")
struct SupporterPagesTests {
    static let riyadh = TimeZone(identifier: "Asia/Riyadh")!

    static func service(_ store: InMemorySupporterStore) -> SupporterService {
        SupporterService(store: store, clock: TestClock().wallClock, ids: .sequential(), timeZone: riyadh)
    }

    /// The problems `result` was refused for; none when it was not.
    static func problems<Value>(_ result: Result<Value, SupporterProblems>) -> [SupporterProblem] {
        if case .failure(let refused) = result { return refused.problems }
        return []
    }

    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        (
            "supporter-list",
            { SupporterList.render(.mock, context: .mock($0, staff: .mockRelations, path: "/staff/supporters")) }
        ),
        (
            "supporter-list-empty",
            { SupporterList.render(.mockNoResults, context: .mock($0, staff: .mockQuality, path: "/staff/supporters")) }
        ),
        ("supporter-file", { SupporterPage.render(.mock, context: .mock($0, staff: .mockRelations)) }),
        (
            "supporter-editor-refused",
            { SupporterEditor.render(.mockRefused, context: .mock($0, staff: .mockRelations)) }
        ),
        ("contact-us-refused", { ContactUsPage.render(.mockRefused, context: .mock($0, path: "/contact")) }),
        ("contact-us-sent", { ContactUsPage.render(.mockSent, context: .mock($0, path: "/contact")) }),
    ]

    @Test("each supporter page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("the refused pages show what their forms really refuse")
    func refusedMocks() {
        // act
        let editor = Self.problems(SupporterEditor.Model.mockRefused.form.parsed())
        let contactPage = Self.problems(ContactUsPage.Model.mockRefused.form.parsed())
        // assert
        #expect(editor == SupporterEditor.Model.mockRefused.problems)
        #expect(contactPage == ContactUsPage.Model.mockRefused.problems)
    }

    @Test("the editor and the contact page refuse a name, a phone and an e-mail by one rule, in the same words")
    func oneRule() {
        // setup
        let typed: [(name: String?, phone: String?, email: String?)] = [
            (" ", "0112345678", nil), ("مؤسسة الخير", nil, "info@"), ("مؤسسة الخير", " ", ""),
        ]
        let text = SupporterText(strings: Strings(language: .english))
        // act
        let editor = typed.map {
            Self.problems(SupporterForm(name: $0.name, phone: $0.phone, email: $0.email).parsed())
        }
        let contactPage = typed.map {
            Self.problems(ContactUsForm(name: $0.name, phone: $0.phone, email: $0.email, message: "سلام").parsed())
        }
        // assert
        #expect(editor == [[.nameMissing, .phoneInvalid], [.emailInvalid], [.phoneOrEmailMissing]])
        #expect(contactPage == editor)
        #expect(text.errors(contactPage[0]) == text.errors(editor[0]))
        #expect(text.errors(editor[0]).map(\.field) == ["name", "phone"])
        // The summary at the top of the page lists the refusals, so each names its field.
        #expect(text.problem(.nameMissing).contains(Strings(language: .english)[.fullName]))
    }

    @Test("a message for an organization makes the organization the supporter and the visitor its contact person")
    func contactDraft() throws {
        // act
        let draft = try ContactUsForm(
            name: " عبدالعزيز السالم ", organization: "مؤسسة البر الخيرية", email: "partners@example.org",
            message: " نرغب في كفالة عشرين يتيمًا "
        ).parsed().get()
        let missing = ContactUsForm(name: "x", message: "").parsed()
        // assert
        #expect(draft.supporter.kind == .organization)
        #expect(draft.supporter.name == "مؤسسة البر الخيرية")
        #expect(draft.supporter.contactPerson == "عبدالعزيز السالم")
        #expect(draft.supporter.allowedChannels == [.website])
        #expect(draft.message == "نرغب في كفالة عشرين يتيمًا")
        #expect(Self.problems(missing) == [.phoneOrEmailMissing, .messageMissing])
    }

    @Test("a message from the contact page is saved with its supporter, as a website contact due in two days")
    func receive() async throws {
        // setup
        let store = InMemorySupporterStore()
        let form = ContactUsForm(name: "سارة القحطاني", phone: "055 123 4567", message: "أود التبرع بملابس")
        let draft = try form.parsed().get()
        let id = UUID(uuidString: "00000000-0000-4000-8000-0000000001a8")!
        // act
        try await Self.service(store).receive(draft, as: id)
        // assert
        let saved = await store.supporters[id]
        let supporter = try #require(saved)
        #expect(supporter.kind == .person)
        #expect(supporter.phone == "+966551234567")
        #expect(supporter.allowedChannels == [.phone])
        let contacts = try await store.contacts(ofSupporter: id)
        #expect(contacts.map(\.summary) == ["أود التبرع بملابس"])
        #expect(contacts.first?.channel == .website)
        #expect(contacts.first?.direction == .incoming)
        #expect(contacts.first?.staffID == nil)
        #expect(contacts.first?.followUpOn == GregorianDay(year: 2023, month: 2, day: 23))
    }

    @Test("an edited supporter keeps its id and mobile, and the audit entry names its kind, channels and news")
    func edit() async throws {
        // setup
        let store = InMemorySupporterStore(supporters: [.mockWaqf])
        var form = SupporterForm(supporter: .mockWaqf)
        form.allowedChannels = ["phone", "letter", "pigeon"]
        form.wantsNews = nil
        // act
        let draft = try form.parsed().get()
        try await Self.service(store).save(draft, as: Supporter.mockWaqf.id)
        // assert
        #expect(form.phone == "0512345678")
        #expect(await store.supporters.count == 1)
        #expect(await store.supporters[Supporter.mockWaqf.id]?.phone == "+966512345678")
        #expect(await store.supporters[Supporter.mockWaqf.id]?.allowedChannels == [.phone, .letter])
        #expect(draft.auditSummary == "kind=organization channels=letter,phone news=false")
    }

    @Test("a gift in kind must say what was given; gifts in either digits add up on the file, newest first")
    func gifts() async throws {
        // setup
        let store = InMemorySupporterStore(supporters: [.mockWaqf], staff: [.mockRelations])
        let service = Self.service(store)
        let supporterID = Supporter.mockWaqf.id
        // act
        let refused = service.entry(SupportEntryForm(kind: "inKind", amount: "500"), from: supporterID)
        let zero = service.entry(SupportEntryForm(kind: "cash", amount: "0"), from: supporterID)
        for form in [
            SupportEntryForm(
                kind: "cash", amount: "250.50", receivedOn: "20/02/2023", receivedOnCalendar: "gregorian"),
            SupportEntryForm(kind: "cash", amount: "١٬٥٠٠", designation: "كفالة أيتام"),
        ] {
            try await service.add(try service.entry(form, from: supporterID).get())
        }
        let file = try await SupporterPage.Model.query(store, supporter: .mockWaqf, staff: .mockQuality, saved: false)
        // assert
        #expect(Self.problems(refused) == [.itemsMissing])
        #expect(Self.problems(zero) == [.amountInvalid])
        #expect(file.entries.map(\.receivedOn) == [service.today, GregorianDay(year: 2023, month: 2, day: 20)!])
        #expect(file.cashTotal == Money(halalas: 175_050))
        #expect(!file.mayManage)
        #expect(
            SupporterText(strings: Strings(language: .arabic)).supportTotals(cash: file.cashTotal, inKind: .zero)
                .contains("١٬٧٥٠٫٥٠ ريال"))
    }
}
