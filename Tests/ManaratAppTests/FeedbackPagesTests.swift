import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// Complaints and suggestions: every page in Arabic and English, the forms read without a
/// server, and the service on an in-memory store.
@Suite("Complaints and suggestions, pages")
struct FeedbackPagesTests {
    static let riyadh = TimeZone(identifier: "Asia/Riyadh")!

    static func service(_ store: InMemoryFeedbackStore, clock: TestClock = TestClock()) -> FeedbackService {
        FeedbackService(store: store, clock: clock.wallClock, timeZone: riyadh)
    }

    /// The problems `result` was refused for; none when it was not.
    static func problems<Value>(_ result: Result<Value, FeedbackProblems>) -> [FeedbackProblem] {
        if case .failure(let refused) = result { return refused.problems }
        return []
    }

    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        ("feedback-form-refused", { FeedbackFormPage.render(.mockRefused, context: .mock($0, path: "/feedback")) }),
        ("feedback-form-sent", { FeedbackFormPage.render(.mockSent, context: .mock($0, path: "/feedback")) }),
        ("feedback-form-portal", { FeedbackFormPage.render(.mockPortal, context: .mock($0, path: "/feedback")) }),
        ("feedback-portal-open", { PortalFeedbackPage.render(.mockOpen, context: .mock($0)) }),
        ("feedback-portal-closed", { PortalFeedbackPage.render(.mockClosed, context: .mock($0)) }),
        (
            "feedback-queue",
            { FeedbackQueuePage.render(.mock, context: .mock($0, staff: .mockQuality, path: "/staff/feedback")) }
        ),
        (
            "feedback-queue-refused",
            {
                FeedbackQueuePage.render(
                    .mockRefused, context: .mock($0, staff: .mockQuality, path: "/staff/feedback"))
            }
        ),
        ("feedback-case", { FeedbackCasePage.render(.mock, context: .mock($0, staff: .mockQuality)) }),
        ("feedback-case-refused", { FeedbackCasePage.render(.mockRefused, context: .mock($0, staff: .mockQuality)) }),
        ("feedback-case-closed", { FeedbackCasePage.render(.mockClosed, context: .mock($0, staff: .mockAdmin)) }),
    ]

    @Test("each feedback page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
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
        let publicForm = Self.problems(FeedbackFormPage.Model.mockRefused.form.parsed(signedInAs: nil))
        let staffForm = Self.problems(
            FeedbackForm(kind: "complaint", text: "", channel: "phone", identityNumber: "1012345672").parsed(
                kind: .complaint, channel: .phone, beneficiaryID: nil, identityUnknown: true))
        let closing = Self.problems(
            FeedbackCloseForm(response: " ", actionWhat: "فتح نافذة ثانية", actionOwner: "مدير الفرع").parsed(
                today: GregorianDay(year: 2023, month: 2, day: 21)!))
        // assert
        #expect(publicForm == FeedbackFormPage.Model.mockRefused.problems)
        #expect(staffForm == FeedbackQueuePage.Model.mockRefused.problems)
        #expect(closing == FeedbackCasePage.Model.mockRefused.problems)
    }

    @Test(
        "anyone may suggest anonymously; a complaint needs a number to answer unless it comes from a known file, and a wrong number is named only as wrong"
    )
    func publicForm() throws {
        // setup
        let text = FeedbackText(strings: Strings(language: .arabic))
        // act
        let suggestion = try FeedbackForm(kind: "suggestion", text: " أتمنى مواعيد مسائية ").parsed(signedInAs: nil)
            .get()
        let anonymousComplaint = Self.problems(
            FeedbackForm(kind: "complaint", text: "تأخر الرد").parsed(signedInAs: nil))
        let wrongNumber = Self.problems(
            FeedbackForm(kind: "complaint", text: "تأخر الرد", phone: "12345").parsed(signedInAs: nil))
        let withNumber = try FeedbackForm(kind: "complaint", text: "تأخر الرد", phone: "055 123 4567").parsed(
            signedInAs: nil
        ).get()
        let signedIn = try FeedbackForm(kind: "complaint", text: "تأخر الرد").parsed(
            signedInAs: Beneficiary.mockFatimah.id
        ).get()
        let tooLong = Self.problems(
            FeedbackForm(text: String(repeating: "ا", count: FeedbackForm.textLimit + 1)).parsed(signedInAs: nil))
        // assert
        #expect(suggestion.kind == .suggestion)
        #expect(suggestion.text == "أتمنى مواعيد مسائية")
        #expect(suggestion.channel == .website)
        #expect(anonymousComplaint == [.contactMissing])
        #expect(text.errors(anonymousComplaint).map(\.field) == ["phone"])
        #expect(text.problem(.contactMissing).contains("للشكوى اترك رقم جوال"))
        #expect(wrongNumber == [.phoneInvalid])
        #expect(withNumber.phone == "+966551234567")
        #expect(signedIn.beneficiaryID == Beneficiary.mockFatimah.id)
        #expect(tooLong == [.textMissing])
    }

    @Test(
        "a closing needs a response and an improvement or the reason for none; the improvement's day may be typed in either calendar"
    )
    func closeForm() throws {
        // setup
        let today = GregorianDay(year: 2023, month: 2, day: 21)!
        let text = FeedbackText(strings: Strings(language: .arabic))
        // act
        let noImprovement = Self.problems(FeedbackCloseForm(response: "نعتذر").parsed(today: today))
        let badDay = Self.problems(
            FeedbackCloseForm(
                response: "نعتذر", actionWhat: "نافذة ثانية", actionOwner: "مدير الفرع", actionOn: "31/2/2023",
                actionOnCalendar: "gregorian"
            ).parsed(today: today))
        let improved = try FeedbackCloseForm(
            response: " نعتذر عن الانتظار ", actionWhat: "فتح نافذة ثانية", actionOwner: "مدير فرع الرياض",
            actionOn: "1/3/2023", actionOnCalendar: "gregorian", noActionReason: "لا يلزم"
        ).parsed(today: today).get()
        let reasoned = try FeedbackCloseForm(response: "نعتذر", noActionReason: "خطأ فردي عولج").parsed(today: today)
            .get()
        // assert
        #expect(noImprovement == [.improvementMissing])
        #expect(text.problem(.improvementMissing).contains("سجّل الإجراء التحسيني المتخذ"))
        #expect(badDay.map(\.field) == ["actionOn"])
        #expect(improved.response == "نعتذر عن الانتظار")
        #expect(improved.action?.on == GregorianDay(year: 2023, month: 3, day: 1))
        #expect(improved.noActionReason == "")
        #expect(reasoned.action == nil)
        #expect(reasoned.noActionReason == "خطأ فردي عولج")
    }

    @Test("a suggestion sent on Tuesday 21 February 2023 gets its reference and is due five working days later")
    func submit() async throws {
        // setup
        let store = InMemoryFeedbackStore()
        let draft = try FeedbackForm(kind: "suggestion", text: "أقترح مواعيد مسائية").parsed(signedInAs: nil).get()
        let id = UUID(uuidString: "00000000-0000-4000-8000-000000000511")!
        // act
        try await Self.service(store).submit(draft, as: id, calendar: WorkingCalendar())
        // assert
        let stored = await store.items[id]
        let saved = try #require(stored)
        #expect(saved.reference == "S-1444-000001")
        #expect(saved.status == .open)
        #expect(saved.dueOn == GregorianDay(year: 2023, month: 2, day: 28))
        #expect(try await store.openItems().map(\.id) == [id])
    }

    @Test("the public form takes ten posts an hour from one address, and posts are taken again an hour later")
    func rateLimit() async throws {
        // setup
        let clock = TestClock()
        let service = Self.service(InMemoryFeedbackStore(), clock: clock)
        var admitted: [Bool] = []
        // act
        for _ in 1...11 {
            admitted.append(try await service.admitsPost(from: "feedback-ip:10.0.0.1", limit: 10, window: 3600))
        }
        let otherAddress = try await service.admitsPost(from: "feedback-ip:10.0.0.2", limit: 10, window: 3600)
        clock.advance(by: 3_601)
        let nextHour = try await service.admitsPost(from: "feedback-ip:10.0.0.1", limit: 10, window: 3600)
        // assert
        #expect(admitted == Array(repeating: true, count: 10) + [false])
        #expect(otherAddress)
        #expect(nextHour)
    }

    @Test("staff find the file an identity number names, in either digits; one that names no file is refused")
    func recordedByStaff() async throws {
        // setup
        let service = Self.service(InMemoryFeedbackStore(files: [.mockFatimah]))
        let known = FeedbackForm(kind: "complaint", text: "اتصل يشكو تأخر الصرف", identityNumber: "١٠٠٠٠٠٠٠٠٨")
        let unknown = FeedbackForm(kind: "complaint", text: "اتصل يشكو تأخر الصرف", identityNumber: "1012345672")
        // act
        let found = try await service.check(recorded: known, channel: .phone).get()
        let refused = Self.problems(try await service.check(recorded: unknown, channel: .phone))
        // assert
        #expect(found.beneficiaryID == Beneficiary.mockFatimah.id)
        #expect(found.channel == .phone)
        #expect(refused == [.identityUnknown])
        #expect(FeedbackText(strings: Strings(language: .english)).errors(refused).map(\.field) == ["identityNumber"])
    }

    @Test("triage assigns the item and puts it in progress; a newly urgent one is due the next working day")
    func triage() async throws {
        // setup
        let service = Self.service(InMemoryFeedbackStore(staff: [.mockQuality]))
        // act
        let found = try await service.assignee(id: StaffMember.mockQuality.id)
        let member = try #require(found)
        let assigned = service.assigned(
            .mockSuggestion, to: member, category: .communication, priority: .urgent, calendar: WorkingCalendar())
        let unknown = try await service.assignee(id: StaffMember.mockAdmin.id)
        // assert
        #expect(assigned.assignedTo == StaffMember.mockQuality.id)
        #expect(assigned.status == .inProgress)
        #expect(assigned.category == .communication)
        #expect(assigned.priority == .urgent)
        #expect(assigned.dueOn == GregorianDay(year: 2023, month: 2, day: 22))
        #expect(unknown == nil)
    }

    @Test(
        "closing tells the beneficiary in the portal, texts the number an anonymous complainant left, and tells no one else"
    )
    func closeNotifies() async throws {
        // setup
        let store = InMemoryFeedbackStore(items: [.mockComplaint, .mockSuggestion], files: [.mockFatimah])
        let service = Self.service(store)
        var anonymousWithPhone = FeedbackRecord.mockSuggestion
        anonymousWithPhone.contactPhone = "+966551234567"
        let closing = FeedbackClosing(response: "نعتذر", action: nil, noActionReason: "خطأ فردي عولج")
        // act
        try await service.close(service.closed(.mockComplaint, with: closing))
        try await service.close(service.closed(anonymousWithPhone, with: closing))
        var anonymous = FeedbackRecord.mockSuggestion
        anonymous.id = UUID(uuidString: "00000000-0000-4000-8000-000000000512")!
        try await service.close(service.closed(anonymous, with: closing))
        // assert
        #expect(await store.notifiedBeneficiaries == [Beneficiary.mockFatimah.id])
        #expect(await store.textedMobiles == ["+966551234567"])
        #expect(try await store.find(id: FeedbackRecord.mockComplaint.id)?.status == .closed)
        #expect(try await store.openItems().isEmpty)
    }

    @Test("an appeal opens the item again for five more working days, once; a note puts it in progress")
    func appealAndNote() {
        // setup
        let service = Self.service(InMemoryFeedbackStore())
        // act
        let appealed = service.appealed(.mockClosed, text: "ما زال الانتظار طويلًا", calendar: WorkingCalendar())
        let noted = service.noted(.mockSuggestion, note: "اتصلنا بالفرع", heading: "٢١ فبراير — نورة")
        // assert
        #expect(appealed.status == .open)
        #expect(appealed.appeals == 1)
        #expect(appealed.closedAt == nil)
        #expect(appealed.dueOn == GregorianDay(year: 2023, month: 2, day: 28))
        #expect(!FeedbackRules.mayAppeal(status: .closed, appeals: appealed.appeals))
        #expect(noted.status == .inProgress)
        #expect(noted.notes == "٢١ فبراير — نورة:\nاتصلنا بالفرع")
    }

    @Test("staff confined to a branch see the open items of its beneficiaries and of no one, not another branch's")
    func queueWithinBranch() async throws {
        // setup
        let branch = UUID(uuidString: "00000000-0000-4000-8000-000000000521")!
        var elsewhere = Beneficiary.mockFatimah
        elsewhere.branchID = UUID(uuidString: "00000000-0000-4000-8000-000000000522")!
        let confined = StaffMember(
            id: UUID(uuidString: "00000000-0000-4000-8000-000000000523")!, username: "relations.kharj",
            displayName: "هند الشمري", roles: [.relations], branchID: branch, isActive: true)
        let store = InMemoryFeedbackStore(items: [.mockComplaint, .mockSuggestion], files: [elsewhere])
        // act
        let mine = try await FeedbackQueuePage.Model.query(store, staff: confined)
        let everyone = try await FeedbackQueuePage.Model.query(store, staff: .mockQuality)
        // assert
        #expect(mine.items.map(\.id) == [FeedbackRecord.mockSuggestion.id])
        #expect(everyone.items.map(\.id) == [FeedbackRecord.mockComplaint.id, FeedbackRecord.mockSuggestion.id])
    }
}
