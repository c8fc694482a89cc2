import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// Every staff-shell page in Arabic and in English, rendered from `.mock` models with no
/// database and no server: a snapshot changes only with a change meant to change it.
@Suite("Staff shell pages, snapshotted in both languages")
struct StaffShellSnapshotTests {
    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        ("shell-sign-in-locked", { SignInPage.render(.mockLocked, context: .mock($0, path: "/staff/sign-in")) }),
        ("shell-sign-in-signed-out", { SignInPage.render(.mockSignedOut, context: .mock($0, path: "/staff/sign-in")) }),
        ("shell-password-refused", { PasswordPage.render(.mockRefused, context: .mock($0, staff: .mockQuality)) }),
        ("shell-password-saved", { PasswordPage.render(.mockSaved, context: .mock($0, staff: .mockQuality)) }),
        ("shell-desk", { DeskPage.render(.mockFull, context: .mock($0, staff: .mockQuality, path: "/staff")) }),
    ]

    @Test("each staff-shell page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("a lock's wait takes the noun form its number takes: دقيقة واحدة, دقيقتين, ٣ دقائق, ١٥ دقيقة")
    func lockMinutes() {
        // setup
        let arabic = StaffShellText(strings: Strings(language: .arabic))
        let english = StaffShellText(strings: Strings(language: .english))
        // act
        let waits = [1, 2, 3, 15].map { arabic.signInLocked(minutes: $0) }
        // assert
        #expect(waits[0].hasSuffix("بعد دقيقة واحدة."))
        #expect(waits[1].hasSuffix("بعد دقيقتين."))
        #expect(waits[2].hasSuffix("بعد ٣ دقائق."))
        #expect(waits[3].hasSuffix("بعد ١٥ دقيقة."))
        #expect(english.signInLocked(minutes: 1).hasSuffix("in 1 minute."))
        #expect(english.signInLocked(minutes: 15).hasSuffix("in 15 minutes."))
    }

    @Test("the English pages carry no Arabic interface text")
    func english() {
        // act
        let pages = [
            SignInPage.render(.mockLocked, context: .mock(.english)),
            PasswordPage.render(.mockRefused, context: .mock(.english, staff: .mockQuality)),
        ]
        // assert
        for html in pages {
            #expect(html.contains(#"<html lang="en" dir="ltr""#))
            #expect(!html.contains("كلمة المرور") && !html.contains("الدخول"))
        }
    }
}
