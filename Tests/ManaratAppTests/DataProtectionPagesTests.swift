import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The breach register, retention and data-subject request pages in both languages, their forms
/// read without a server, and the service on in-memory stores.
@Suite("Data protection")
struct DataProtectionPagesTests {
    static let now = Date(timeIntervalSince1970: 1_676_959_200)

    static let breach = BreachRecord(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000003a1")!, reference: "BR-2023-001",
        title: "رسالة بريد أُرسلت إلى غير صاحبها", description: "أُرسل كشف مستفيدين إلى عنوان خاطئ.",
        discoveredAt: now.addingTimeInterval(-20 * 3600), recordsAffected: "أسماء وأرقام جوال",
        peopleAffected: 12, measures: "طُلب حذف الرسالة.", regulatorNotifiedAt: nil, regulatorReference: "",
        subjectsNotifiedAt: nil, recordedBy: StaffMember.mockAdmin.id, createdAt: now)

    static let accessRequest = DataSubjectRequest(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000003a2")!, beneficiaryID: .mockBeneficiary,
        kind: "access", details: "أريد نسخة من بياناتي.", status: .open,
        dueOn: GregorianDay(year: 2023, month: 3, day: 10)!, answer: "", createdAt: now, extensionReason: "",
        extendedAt: nil)

    static func service(
        breaches: InMemoryBreachStore = InMemoryBreachStore(),
        retention: InMemoryRetentionStore = InMemoryRetentionStore(),
        requests: InMemoryDataRequestStore = InMemoryDataRequestStore([])
    ) -> DataProtectionService {
        DataProtectionService(
            breaches: breaches, retention: retention, dataRequests: requests, clock: TestClock().wallClock,
            timeZone: TimeZone(identifier: "Asia/Riyadh")!)
    }

    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        (
            "breaches-refused",
            {
                BreachesPage.render(
                    .init(
                        breaches: [breach], form: BreachForm(title: "", discoveredTime: "25:00"),
                        problems: [.required(.title), .timeInvalid, .regulatorReferenceMissing(breachID: breach.id)],
                        recorded: nil, now: now), context: .mock($0, staff: .mockAdmin))
            }
        ),
        (
            "retention-refused",
            {
                RetentionPage.render(
                    .init(
                        form: RetentionScheduleForm(schedule: .standard),
                        holdForm: LegalHoldForm(fileNumber: "B-99999", reason: ""),
                        holds: [
                            LegalHold(
                                beneficiaryID: .mockBeneficiary, fileNumber: "B-00001", name: "فاطمة علي الزهراني",
                                reason: "قضية منظورة")
                        ],
                        preview: [
                            RetentionOutcome(kind: .closedRequests, applied: 3, keptForLegalHold: 1, keptForOpenCase: 0)
                        ], problems: [.beneficiaryNotFound, .holdReasonMissing], saved: false),
                    context: .mock($0, staff: .mockAdmin))
            }
        ),
        (
            "data-requests",
            {
                DataRequestsPage.render(
                    .init(
                        requests: [.init(request: accessRequest, name: "فاطمة علي الزهراني")],
                        problems: [.extensionReasonMissing(requestID: accessRequest.id)]),
                    context: .mock($0, staff: .mockQuality))
            }
        ),
    ]

    @Test(
        "each data-protection page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("a breach is dated to the minute in Riyadh, never in the future, and its notice is recorded once")
    func breaches() async throws {
        // setup
        let riyadh = TimeZone(identifier: "Asia/Riyadh")!
        let store = InMemoryBreachStore()
        let service = Self.service(breaches: store)
        let form = BreachForm(
            title: "تسريب", description: "وصف", discovered: "2023-02-21", discoveredCalendar: "gregorian",
            discoveredTime: "٠٨:٣٠", recordsAffected: "أسماء", peopleAffected: "3")
        let future = BreachForm(
            title: "تسريب", description: "وصف", discovered: "2023-02-22", discoveredCalendar: "gregorian",
            discoveredTime: "08:30", recordsAffected: "أسماء", peopleAffected: "3")
        // act
        let draft = try form.parsed(timeZone: riyadh, now: Self.now).get()
        let reference = try await service.record(draft, as: Self.breach.id, by: StaffMember.mockAdmin.id)
        try await service.regulatorNotified(Self.breach.id, reference: "NDMO-1")
        // assert
        #expect(draft.discoveredAt == Self.now.addingTimeInterval(-30 * 60))
        #expect(reference == "BR-2023-001")
        #expect(
            future.parsed(timeZone: riyadh, now: Self.now)
                == .failure(DataProtectionProblems(problems: [.discoveredInFuture])))
        await #expect(throws: DataProtectionProblems(problems: [.alreadyRecorded])) {
            try await service.regulatorNotified(Self.breach.id, reference: "NDMO-2")
        }
    }

    @Test("a period outside its bounds is refused with the bound, and a hold needs a known file and a reason")
    func retention() async throws {
        // setup
        var periods = RetentionScheduleForm(schedule: .standard).periods
        periods[.signInCodes] = "0"
        let service = Self.service(retention: InMemoryRetentionStore(files: ["B-00001": .mockBeneficiary]))
        // act
        let refused = RetentionScheduleForm(periods: periods).parsed(over: .standard)
        let hold = try await service.hold(LegalHoldForm(fileNumber: "B-00001", reason: "قضية"))
        // assert
        guard case .failure(let problems) = refused, case .belowMinimum(.signInCodes, _) = problems.problems.first
        else {
            Issue.record("a zero period was accepted")
            return
        }
        #expect(hold.beneficiaryID == .mockBeneficiary)
        await #expect(throws: DataProtectionProblems(problems: [.beneficiaryNotFound, .holdReasonMissing])) {
            try await service.hold(LegalHoldForm(fileNumber: "B-99999", reason: " "))
        }
    }

    @Test("a data request is extended once, for a reason, by thirty days")
    func extendOnce() async throws {
        // setup
        let store = InMemoryDataRequestStore([Self.accessRequest])
        let service = Self.service(requests: store)
        // act
        let missing = service.extendedDay(of: Self.accessRequest, reason: " ")
        let day = try service.extendedDay(of: Self.accessRequest, reason: "طلب واسع").get()
        try await service.extend(Self.accessRequest.id, to: day, reason: "طلب واسع")
        let extended = try #require(try await store.dataRequest(id: Self.accessRequest.id))
        // assert
        #expect(
            missing
                == .failure(
                    DataProtectionProblems(problems: [.extensionReasonMissing(requestID: Self.accessRequest.id)])))
        #expect(day == Self.accessRequest.dueOn.adding(days: 30))
        #expect(
            service.extendedDay(of: extended, reason: "مرة أخرى")
                == .failure(DataProtectionProblems(problems: [.extensionRefused])))
    }
}
