import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The notification forms, parsed without a server, and the service on an in-memory store.
@Suite("Notification forms and service")
struct NotificationFormTests {
    @Test("a template needs a text of at most 2 000 characters, known placeholders and a short subject")
    func templateForm() {
        // setup
        let forms = [
            TemplateForm(subject: "", body: "  "),
            TemplateForm(subject: String(repeating: "a", count: 201), body: "Your code is {{code}} {{amount}}"),
            TemplateForm(subject: " Code ", body: " Your code is {{code}}. "),
        ]
        // act
        let results = forms.map { $0.parsed(for: .oneTimeCode) }
        // assert
        #expect(results[0] == .failure(TemplateFormProblems(problems: [.bodyMissing])))
        #expect(
            results[1] == .failure(TemplateFormProblems(problems: [.unknownPlaceholders(["amount"]), .subjectTooLong])))
        #expect(results[2] == .success(TemplateDraft(subject: "Code", body: "Your code is {{code}}.")))
    }

    @Test("a template URL names only an event, an edited channel and a language that exist")
    func templateKey() {
        // act
        let keys = [
            TemplateKey(event: "request_received", channel: "sms", language: "ar"),
            TemplateKey(event: "request_received", channel: "fax", language: "ar"),
            TemplateKey(event: "no_such_event", channel: "sms", language: "ar"),
            TemplateKey(event: "request_received", channel: "sms", language: "fr"),
        ]
        // assert
        #expect(keys[0] == TemplateKey(event: .requestReceived, channel: .sms, language: .arabic))
        #expect(keys.dropFirst().allSatisfy { $0 == nil })
    }

    @Test("settings take an offered channel and, for e-mail, an address that looks like one")
    func settingsForm() {
        // setup
        let offered: [NotificationChannel] = [.sms, .email, .portal]
        // act
        let whatsapp = NotificationSettingsForm(channel: "whatsapp").parsed(offered: offered)
        let emailWithout = NotificationSettingsForm(channel: "email", email: " ").parsed(offered: offered)
        let badAddress = NotificationSettingsForm(channel: "sms", email: "a@b.").parsed(offered: offered)
        let inbox = NotificationSettingsForm(channel: "portal", email: " fatimah@example.sa ", optedOut: "on")
            .parsed(offered: offered)
        // assert
        #expect(whatsapp == .failure(.channel))
        #expect(emailWithout == .failure(.email))
        #expect(badAddress == .failure(.email))
        #expect(inbox == .success(NotificationChoice(channel: .portal, email: "fatimah@example.sa", optedOut: true)))
    }

    @Test("one e-mail rule for every form: plain mistakes refused, ordinary addresses kept")
    func emailRule() {
        // act
        let refused = [
            "", "a", "a@b", "@b.sa", "a@.sa", "a@b.sa.", "a b@c.sa", "<a@b.sa>",
            String(repeating: "a", count: 196) + "@b.sa",
        ]
        let kept = ["fatimah@example.sa", "f.alzahrani+manarat@mail.example.com"]
        // assert
        #expect(refused.allSatisfy { !EmailAddress.looksValid($0) })
        #expect(kept.allSatisfy { EmailAddress.looksValid($0) })
    }

    @Test("the service puts only a failed message back in line, and stores the inbox alone as no channel")
    func service() async throws {
        // setup
        let clock = TestClock()
        let store = InMemoryNotificationStore([.mock(1, status: .failed), .mock(2, status: .sent)])
        let service = NotificationsService(store: store, clock: clock.wallClock)
        // act
        let failedBack = try await service.resend(OutboxEntry.mock(1).id)
        let sentBack = try await service.resend(OutboxEntry.mock(2).id)
        try await service.savePreference(
            NotificationChoice(channel: .portal, email: "", optedOut: true), for: .mockBeneficiary)
        try await service.saveTemplate(
            TemplateDraft(subject: "", body: "{{name}}"),
            for: TemplateKey(event: .requestReceived, channel: .sms, language: .arabic), editor: "admin")
        // assert
        #expect(failedBack && !sentBack)
        #expect(await store.entries[OutboxEntry.mock(1).id]?.status == .pending)
        #expect(await store.preferences[.mockBeneficiary] == .init(channel: nil, email: "", optedOut: true))
        #expect(await store.templates.map(\.updatedAt) == [clock.now])
    }

    @Test("reading the inbox marks the beneficiary's unread messages read at the clock's time")
    func inboxRead() async throws {
        // setup
        let clock = TestClock()
        let store = InMemoryNotificationStore([.mock(2, channel: .portal), .mock(3, channel: .portal, read: true)])
        // act
        try await NotificationsService(store: store, clock: clock.wallClock).markInboxRead(
            beneficiaryID: .mockBeneficiary)
        // assert
        #expect(await store.entries.values.allSatisfy { $0.readAt != nil })
    }
}
