import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The portal's sign-in, code and registration pages in Arabic and in English, rendered from
/// `.mock` models with no database and no server.
@Suite("Portal sign-in pages, snapshotted in both languages")
struct PortalShellSnapshotTests {
    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        (
            "portal-sign-in-refused",
            { PortalSignInPage.render(.mockRefused, context: .mock($0, path: "/portal/sign-in")) }
        ),
        (
            "portal-sign-in-too-many",
            { PortalSignInPage.render(.mockTooMany, context: .mock($0, path: "/portal/sign-in")) }
        ),
        ("portal-code-wrong", { PortalCodePage.render(.init(refusal: .wrong(left: 2)), context: .mock($0)) }),
        ("portal-code-locked", { PortalCodePage.render(.init(refusal: .locked), context: .mock($0)) }),
        ("portal-register-refused", { PortalRegisterPage.render(.mockRefused, context: .mock($0)) }),
    ]

    @Test("each portal sign-in page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("the tries left take the form their number takes, and none left is said plainly")
    func triesLeft() {
        // setup
        let arabic = PortalShellText(strings: Strings(language: .arabic))
        let english = PortalShellText(strings: Strings(language: .english))
        // act
        let left = [0, 1, 2, 4].map { arabic.portalCodeWrong(left: $0) }
        // assert
        #expect(left[0] == "الرمز غير صحيح، ولم تبقَ لك محاولات.")
        #expect(left[1].hasSuffix("بقي لك محاولة واحدة."))
        #expect(left[2].hasSuffix("بقي لك محاولتان."))
        #expect(left[3].hasSuffix("بقي لك ٤ محاولات."))
        #expect(english.portalCodeWrong(left: 1) == "The code is not correct. You have 1 try left.")
    }
}
