import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// Every notification page in Arabic and in English, rendered from `.mock` models with no
/// database and no server: a snapshot changes only with a change meant to change it.
@Suite("Notification pages, snapshotted in both languages")
struct NotificationsSnapshotTests {
    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        ("notify-outbox-failed", { OutboxPage.render(.mockFailed, context: .mock($0, staff: .mockQuality)) }),
        ("notify-message-log", { MessageLogPage.render(.mock, context: .mock($0, staff: .mockQuality)) }),
        ("notify-templates", { TemplateListPage.render(.mock, context: .mock($0, staff: .mockQuality)) }),
        (
            "notify-template-refused",
            { TemplateEditorPage.render(.mockRefused, context: .mock($0, staff: .mockQuality)) }
        ),
        ("notify-inbox", { InboxPage.render(.mock, context: .mock($0)) }),
        ("notify-settings-refused", { NotificationSettingsPage.render(.mockRefused, context: .mock($0)) }),
        ("notify-settings-saved", { NotificationSettingsPage.render(.mockSaved, context: .mock($0)) }),
    ]

    @Test("each notification page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("a template's placeholders are listed each language's way, and its length counted in units")
    func templateHints() {
        // act
        let arabic = TemplateEditorPage.render(.mockRefused, context: .mock(.arabic, staff: .mockQuality))
        let english = TemplateEditorPage.render(.mockRefused, context: .mock(.english, staff: .mockQuality))
        // assert
        #expect(arabic.contains("{{due_date}}، {{link}}، {{name}}، {{reference}}"))
        #expect(english.contains("{{due_date}}, {{link}}, {{name}}, {{reference}}"))
        #expect(english.contains("Unknown placeholders in the text: {{amount}}."))
        #expect(english.contains("Length without the values: 14 units (UCS-2); SMS parts: 1."))
        #expect(!english.contains("،"))
    }
}
