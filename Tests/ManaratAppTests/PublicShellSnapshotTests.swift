import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The public shell's pages in Arabic and in English, rendered from `.mock` models with no
/// database and no server: a snapshot changes only with a change meant to change it.
@Suite("Public shell pages, snapshotted in both languages")
struct PublicShellSnapshotTests {
    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        ("public-home", { HomePage.render(.standard, context: .mock($0, path: "/")) }),
        ("public-services", { ServicesPage.render(.mock, context: .mock($0, path: "/services")) }),
    ]

    @Test("each public-shell page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("a service's categories are listed in each language's way, and one for all says so")
    func eligibility() {
        // act
        let arabic = ServicesPage.render(.mock, context: .mock(.arabic))
        let english = ServicesPage.render(.mock, context: .mock(.english))
        // assert
        #expect(arabic.contains("الأرامل، الأيتام"))
        #expect(english.contains("Widows, Orphans"))
        #expect(english.contains("Every beneficiary"))
        #expect(!english.contains("،"))
    }

    @Test("the language switch takes only a language the site speaks")
    func languageForm() {
        // act
        let chosen = ["en", "ar", "fr", nil].map { LanguageForm(language: $0, back: "/").chosen }
        // assert
        #expect(chosen == [.english, .arabic, nil, nil])
    }
}
