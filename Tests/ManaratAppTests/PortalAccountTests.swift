import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The beneficiary's own account in the portal: the profile form, the data-request form and the
/// service, without a server; and every page of it snapshotted in both languages.
@Suite("Portal account: profile, my data, home")
struct PortalAccountTests {
    @Test("the profile needs a main mobile and a city; each mobile given must be Saudi")
    func profileProblems() {
        // act
        let empty = PortalProfileForm(phone: " ", city: " ").parsed()
        let wrong = PortalProfileForm(phone: "0501234567", phoneOther: "12345", city: "جدة").parsed()
        // assert
        #expect(empty == .failure(PortalFormProblems(problems: [.phoneRequired, .cityRequired])))
        #expect(wrong == .failure(PortalFormProblems(problems: [.phoneInvalid(.phoneOther)])))
    }

    @Test("a saved profile keeps both mobiles, the main one first, and refuses a stale version")
    func profileSaved() async throws {
        // setup
        let store = InMemoryPortalAccountStore([.mockFatimah])
        let service = PortalAccountService(store: store, clock: TestClock().wallClock)
        let change = try PortalProfileForm(
            phone: "0559999999", phoneOther: "0501234567", city: "جدة", preferredChannel: "phone",
            version: Beneficiary.mockFatimah.version
        ).parsed().get()
        // act
        try await service.updateProfile(.mockFatimah, with: change)
        let stale = await #expect(throws: RegistryConflict.self) {
            try await service.updateProfile(.mockFatimah, with: change)
        }
        // assert
        let saved = await store.beneficiaries[.mockBeneficiary]
        #expect(saved?.phones == ["+966559999999", "+966501234567"])
        #expect(saved?.city == "جدة")
        #expect(saved?.preferredChannel == .phone)
        #expect(stale == .changedBySomeoneElse)
    }

    @Test("a data request needs a known kind and its words, and is due when the law says")
    func dataRequest() async throws {
        // setup
        let store = InMemoryPortalAccountStore()
        let service = PortalAccountService(store: store, clock: TestClock().wallClock)
        let today = GregorianDay(year: 2023, month: 2, day: 21)!
        // act
        let missing = DataRequestForm(kind: "deletion", details: "  ").parsed()
        let unknown = DataRequestForm(kind: "everything", details: "all of it").parsed()
        let parsed = try #require(DataRequestForm(kind: "access", details: " نسخة من بياناتي ").parsed())
        let due = try await service.askAboutData(
            beneficiaryID: .mockBeneficiary, kind: parsed.kind, details: parsed.details, today: today)
        // assert
        #expect(missing == nil && unknown == nil)
        #expect(due == DataSubjectClock.dueDay(submittedOn: today))
        #expect(
            await store.dataRequests == [
                .init(beneficiaryID: .mockBeneficiary, kind: .access, details: "نسخة من بياناتي", dueOn: due)
            ])
    }

    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        ("portal-home", { PortalHomePage.render(.mock, context: .mock($0, path: "/portal")) }),
        ("portal-profile-refused", { PortalProfilePage.render(.mockRefused, context: .mock($0)) }),
        ("portal-my-data", { MyDataPage.render(.mock, context: .mock($0)) }),
    ]

    @Test("each portal account page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("unread notices are counted in the form their number takes")
    func unread() {
        // setup
        let arabic = PortalShellText(strings: Strings(language: .arabic))
        let english = PortalShellText(strings: Strings(language: .english))
        // act
        let counts = [1, 2, 3, 11].map { arabic.inboxUnread(count: $0) }
        // assert
        #expect(counts == ["إشعار جديد واحد", "إشعاران جديدان", "٣ إشعارات جديدة", "١١ إشعارًا جديدًا"])
        #expect(english.inboxUnread(count: 1) == "1 new notification")
    }
}
