import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The branches: the form and the service without a server, and both pages snapshotted in
/// Arabic and English.
@Suite("Branches: form, service and pages")
struct BranchPagesTests {
    static let riyadh = Branch(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000b1")!, code: "RUH", nameArabic: "فرع الرياض",
        nameEnglish: "Riyadh branch", city: "الرياض", isActive: true)
    static let jeddah = Branch(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000b2")!, code: "JED", nameArabic: "فرع جدة",
        nameEnglish: "Jeddah branch", city: "جدة", isActive: false)

    @Test("a branch code is upper-cased, 1–10 Latin capitals, digits or hyphens, and free; every field is named")
    func problems() async throws {
        // setup
        let service = BranchService(store: InMemoryBranchStore([Self.riyadh]), clock: TestClock().wallClock)
        let id = UUID(uuidString: "00000000-0000-4000-8000-0000000000b9")!
        // act
        let invalid = try await service.check(BranchForm(code: "فرع", nameArabic: "فرع", city: "مكة"), as: id)
        let taken = try await service.check(BranchForm(code: " ruh ", nameArabic: "فرع", nameEnglish: "Branch"), as: id)
        let good = try await service.check(
            BranchForm(code: "mkk-1", nameArabic: "فرع مكة", nameEnglish: "Makkah branch", city: "مكة", isActive: "on"),
            as: id)
        // assert
        #expect(invalid == .failure(BranchFormProblems(problems: [.codeInvalid, .nameEnglishMissing])))
        #expect(taken == .failure(BranchFormProblems(problems: [.codeTaken, .cityMissing])))
        #expect(
            good
                == .success(
                    BranchDraft(
                        code: "MKK-1", nameArabic: "فرع مكة", nameEnglish: "Makkah branch", city: "مكة", isActive: true)
                ))
    }

    @Test("the audit entry of an edit says what the branch was and what it became")
    func auditSummary() {
        // setup
        let draft = BranchDraft(
            code: "RUH", nameArabic: "فرع الرياض", nameEnglish: "Riyadh", city: "الرياض", isActive: false)
        // act
        let summary = BranchService.auditSummary(draft, replacing: Self.riyadh)
        // assert
        #expect(summary.hasPrefix("before: code=RUH ar=فرع الرياض en=Riyadh branch city=الرياض active=true | after: "))
        #expect(summary.hasSuffix("en=Riyadh city=الرياض active=false"))
    }

    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        (
            "branches-list",
            {
                BranchList.render(
                    .init(branches: [riyadh, jeddah], saved: true), context: .mock($0, staff: .mockQuality))
            }
        ),
        (
            "branches-refused",
            {
                BranchEditor.render(
                    .init(
                        branchID: riyadh.id, form: BranchForm(code: "RUH", nameArabic: "فرع الرياض", isActive: "on"),
                        problems: [.codeTaken, .nameEnglishMissing, .cityMissing]),
                    context: .mock($0, staff: .mockQuality))
            }
        ),
    ]

    @Test("each branch page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }
}
