import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The request settings pages in both languages, their forms read without a server, and the
/// service on an in-memory store.
@Suite("Request settings")
struct RequestSettingsPagesTests {
    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        (
            "request-types",
            { RequestTypeList.render(.init(types: [.mockRent], saved: true), context: .mock($0, staff: .mockAdmin)) }
        ),
        (
            "request-type-refused",
            {
                RequestTypeEditor.render(
                    .init(
                        typeID: nil, form: RequestTypeForm(code: "إيجار", fields: "landlord | المؤجر"),
                        categories: [.mockWidows], problems: [.codeInvalid, .nameArabicMissing, .fieldsInvalid]),
                    context: .mock($0, staff: .mockAdmin))
            }
        ),
        (
            "holidays-refused",
            {
                HolidaysPage.render(
                    .init(
                        holidays: [.init(day: GregorianDay(year: 2023, month: 4, day: 21)!, name: "عيد الفطر")],
                        problems: [.holidayNameMissing, .holidayRangeInvalid]), context: .mock($0, staff: .mockAdmin))
            }
        ),
        (
            "request-settings-refused",
            {
                RequestSettingsPage.render(
                    .init(
                        form: RequestSettingsForm(workingDays: "٩٠", quorum: "3", inquiryDays: "5"),
                        problems: [.count(.workingDays, range: 1...60)]), context: .mock($0, staff: .mockAdmin))
            }
        ),
    ]

    @Test(
        "each request settings page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("a type's code must be free, and its own fields read one per line")
    func types() async throws {
        // setup
        let store = InMemoryRequestSettingsStore(types: [.mockRent])
        let service = RequestSettingsService(store: store)
        let form = RequestTypeForm(
            code: "Rent", nameArabic: "إيجار", nameEnglish: "Rent", fields: "landlord | المؤجر | Landlord\n\n",
            documents: ["lease"], validDocuments: ["lease"], services: ["cash"], isActive: "on")
        let fresh = UUID(uuidString: "00000000-0000-4000-8000-0000000000f9")!
        // act
        let taken = try await service.check(form, as: fresh)
        let same = try await service.check(form, as: RequestType.mockRent.id).get()
        // assert
        #expect(taken == .failure(RequestSettingsProblems(problems: [.codeTaken])))
        #expect(same.code == "rent")
        #expect(same.requiredFields == [RequestField(key: "landlord", labelArabic: "المؤجر", labelEnglish: "Landlord")])
        #expect(same.requiredDocuments == [DocumentRequirement(kind: .lease, mustBeValidAtSubmission: true)])
    }

    @Test("holidays come as a range of at most 60 days, each day saved with the name")
    func holidays() async throws {
        // setup
        let store = InMemoryRequestSettingsStore()
        let eid = HolidayForm(
            name: "عيد الفطر", from: "2023-04-20", fromCalendar: "gregorian", until: "2023-04-23",
            untilCalendar: "gregorian")
        let tooLong = HolidayForm(
            name: "x", from: "2023-01-01", fromCalendar: "gregorian", until: "2023-04-01", untilCalendar: "gregorian")
        // act
        let (name, days) = try eid.parsed().get()
        try await RequestSettingsService(store: store).addHolidays(days, name: name)
        // assert
        #expect(await store.holidayNames.count == 4)
        guard case .failure(let refused) = tooLong.parsed() else {
            Issue.record("a range of 90 days was accepted")
            return
        }
        #expect(refused.problems == [.holidayRangeInvalid])
    }

    @Test("the settings take numbers in either digits within their ranges, and are saved together")
    func settings() async throws {
        // setup
        let store = InMemoryRequestSettingsStore()
        // act
        let refused = RequestSettingsForm(workingDays: "0", quorum: "21", inquiryDays: "31").parsed()
        let settings = try RequestSettingsForm(workingDays: "١٥", quorum: "3", inquiryDays: "5").parsed().get()
        try await RequestSettingsService(store: store).save(settings)
        // assert
        #expect(
            refused
                == .failure(
                    RequestSettingsProblems(problems: [
                        .count(.workingDays, range: 1...60), .count(.quorum, range: 1...20),
                        .count(.inquiryDays, range: 1...30),
                    ])))
        #expect(
            try await RequestSettings.query(store)
                == RequestSettings(responseWorkingDays: 15, quorum: 3, inquiryAnswerDays: 5))
    }
}
