import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// Every knowledge-base page in Arabic and in English, rendered from `.mock` models with no
/// database and no server: a snapshot changes only with a change meant to change it.
@Suite("Knowledge-base pages, snapshotted in both languages")
struct KnowledgeBaseSnapshotTests {
    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        ("kb-faq", { ArticleList.render(.mockVisitors, context: .mock($0, path: "/faq")) }),
        (
            "kb-staff-list",
            { ArticleList.render(.mockStaff, context: .mock($0, staff: .mockQuality, path: "/staff/knowledge-base")) }
        ),
        ("kb-faq-article", { ArticlePage.render(.mockVisitors, context: .mock($0)) }),
        ("kb-staff-article", { ArticlePage.render(.mockStaff, context: .mock($0, staff: .mockQuality)) }),
        ("kb-editor-refused", { ArticleEditor.render(.mockRefused, context: .mock($0, staff: .mockQuality)) }),
        ("kb-editor-edit", { ArticleEditor.render(.mockEdit, context: .mock($0, staff: .mockQuality)) }),
    ]

    @Test(
        "each knowledge-base page matches its snapshot",
        arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("the English pages carry no Arabic interface text; the Arabic pages run right to left")
    func languages() {
        // act
        let english = Self.pages.map { $0.1(.english) }
        let arabic = Self.pages.map { $0.1(.arabic) }
        // assert
        for html in english {
            #expect(html.contains(#"<html lang="en" dir="ltr""#))
            #expect(!html.contains("للموظفين") && !html.contains("آخر تحديث") && !html.contains("إضافة مقالة"))
        }
        for html in arabic { #expect(html.contains(#"<html lang="ar" dir="rtl""#)) }
    }
}
