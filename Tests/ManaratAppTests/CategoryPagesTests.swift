import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The beneficiary categories: the form and the service without a server, and both pages
/// snapshotted in Arabic and English.
@Suite("Beneficiary categories: form, service and pages")
struct CategoryPagesTests {
    @Test("a category needs a Latin code and both names; a code another category has is named first")
    func problems() async throws {
        // setup
        let service = CategoryService(store: InMemoryCategoryStore([.mockWidows]))
        let id = UUID(uuidString: "00000000-0000-4000-8000-0000000000f9")!
        // act
        let badCode = try await service.check(CategoryForm(code: "أرامل", nameArabic: "أرامل", nameEnglish: ""), as: id)
        let taken = try await service.check(
            CategoryForm(code: " Widows ", nameArabic: "", nameEnglish: "Widows"), as: id)
        let ownCode = try await service.check(
            CategoryForm(category: .mockWidows), as: BeneficiaryCategory.mockWidows.id)
        // assert
        #expect(badCode == .failure(CategoryFormProblems(problems: [.codeInvalid, .nameEnglishMissing])))
        #expect(taken == .failure(CategoryFormProblems(problems: [.codeTaken, .nameArabicMissing])))
        #expect(
            ownCode
                == .success(CategoryDraft(code: "widows", nameArabic: "الأرامل", nameEnglish: "Widows", isActive: true))
        )
    }

    @Test("a saved category replaces the one with its id and keeps the list's order")
    func saves() async throws {
        // setup
        let store = InMemoryCategoryStore([.mockWidows, .mockOrphansRetired])
        let service = CategoryService(store: store)
        // act
        try await service.save(
            CategoryDraft(
                code: "widows", nameArabic: "الأرامل والمطلقات", nameEnglish: "Widows and divorcees", isActive: true),
            as: BeneficiaryCategory.mockWidows.id)
        // assert
        #expect(try await store.all().map(\.nameEnglish) == ["Widows and divorcees", "Orphans"])
    }

    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        (
            "categories-list",
            {
                CategoryList.render(
                    .init(categories: [.mockWidows, .mockOrphansRetired], saved: true),
                    context: .mock($0, staff: .mockQuality))
            }
        ),
        (
            "categories-refused",
            {
                CategoryEditor.render(
                    .init(
                        categoryID: nil, form: CategoryForm(code: "widows", nameEnglish: "Widows", isActive: "on"),
                        problems: [.codeTaken, .nameArabicMissing]), context: .mock($0, staff: .mockQuality))
            }
        ),
    ]

    @Test("each category page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }
}
