import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The beneficiary registry's pages in both languages from `.mock` models, its form read
/// without a server, and its service on an in-memory registry.
@Suite("Beneficiary pages, form and service")
struct BeneficiaryPagesTests {
    static let today = GregorianDay(year: 2023, month: 2, day: 21)!

    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        ("beneficiary-list", { BeneficiaryListPage.render(.mock, context: .mock($0, staff: .mockRelations)) }),
        (
            "beneficiary-new-refused",
            { BeneficiaryEditor.render(.mockRefused, context: .mock($0, staff: .mockRelations)) }
        ),
        (
            "beneficiary-new-duplicates",
            { BeneficiaryEditor.render(.mockDuplicates, context: .mock($0, staff: .mockRelations)) }
        ),
        (
            "beneficiary-edit-stale",
            { BeneficiaryEditor.render(.mockStale, context: .mock($0, staff: .mockResearcher)) }
        ),
        ("beneficiary-file", { BeneficiaryFilePage.render(.mockFull, context: .mock($0, staff: .mockResearcher)) }),
    ]

    static func service(_ store: InMemoryBeneficiaryStore) -> BeneficiaryService {
        BeneficiaryService(store: store, clock: TestClock().wallClock)
    }

    @Test("each beneficiary page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("the form names every wrong field, in the order the page lists them")
    func formProblems() {
        // setup
        var form = BeneficiaryForm.mockFatimah
        form.firstName = " "
        form.bornOn = "1/1/1450"
        form.phoneOther = "12345"
        form.city = String(repeating: "ر", count: 61)
        // act
        let (draft, problems) = form.parsed(categories: [], branches: [], today: Self.today)
        // assert
        #expect(draft == nil)
        #expect(
            problems == [
                .required(.firstName), .bornInFuture, .phoneInvalid(.phoneOther), .tooLong(.city, maximum: 60),
            ])
    }

    @Test("a registration without consent, for an identity on file, is refused for both with a link to that file")
    func refusedRegistration() async throws {
        // setup
        let store = InMemoryBeneficiaryStore([.mockFatimahAtDesk])
        var form = BeneficiaryForm.mockFatimah
        form.consent = nil
        // act
        let result = try await Self.service(store).checkNew(form, categories: [], branches: [], today: Self.today)
        // assert
        guard case .failure(let refused) = result else {
            Issue.record("the registration was accepted")
            return
        }
        #expect(refused.problems == [.consentMissing, .identityTaken(existing: .mockBeneficiary)])
        let errors = BeneficiaryText(strings: Strings(language: .english)).errors(refused.problems, id: nil)
        #expect(errors.map(\.field) == ["consent", "identityNumber"])
        #expect(errors.last?.link?.path == StaffURL.beneficiary(.mockBeneficiary).path)
    }

    @Test("a likely duplicate holds the file back until exactly it is reviewed, and the decision is recorded")
    func duplicateReview() async throws {
        // setup
        var other = Beneficiary.mockFatimahAtDesk
        other.id = PossibleDuplicate.mockFatimaDuplicate.summary.id
        other.identity = IdentityNumber(storedType: .nationalID, value: "1000000016")
        let store = InMemoryBeneficiaryStore([other])
        let service = Self.service(store)
        var form = BeneficiaryForm.mockFatimah
        let draft = try await service.checkNew(form, categories: [], branches: [], today: Self.today).get()
        // act
        let duplicates = try await service.duplicates(of: draft)
        let unreviewed = BeneficiaryService.needsReview(duplicates, form: form)
        form.duplicatesReviewed = "on"
        form.reviewedIDs = [other.id.uuidString]
        let reviewed = BeneficiaryService.needsReview(duplicates, form: form)
        let saved = try await service.register(
            draft, id: UUID(), consentThrough: .interview, notDuplicateOf: duplicates, by: StaffMember.mockRelations.id)
        // assert
        #expect(duplicates.map(\.summary.id) == [other.id])
        #expect(unreviewed)
        #expect(!reviewed)
        #expect(saved.fileNumber == "B-00002")
        #expect(await store.decisions.map(\.otherID) == [other.id])
        #expect(await store.decisions.first?.isDuplicate == false)
        #expect(await store.consents[saved.id]?.noticeVersion == PrivacyNotice.currentVersion)
    }

    @Test("an edit from a stale form is refused; staff who may not read health conditions keep them as they were")
    func edits() async throws {
        // setup
        let store = InMemoryBeneficiaryStore([.mockFatimahAtDesk])
        let service = Self.service(store)
        var form = BeneficiaryForm(.mockFatimahAtDesk)
        form.healthConditions = ""
        form.city = "جدة"
        let draft = try #require(form.parsed(categories: [], branches: [], today: Self.today).draft)
        // act
        await #expect(throws: RegistryConflict.changedBySomeoneElse) {
            try await service.update(.mockFatimahAtDesk, with: draft, readAt: 0, mayEditSensitive: false)
        }
        let changed = try await service.update(
            .mockFatimahAtDesk, with: draft, readAt: Beneficiary.mockFatimahAtDesk.version, mayEditSensitive: false)
        // assert
        #expect(changed == ["address"])
        let saved = try #require(await store.beneficiaries[.mockBeneficiary])
        #expect(saved.city == "جدة")
        #expect(saved.healthConditions == "سكري")
    }
}
