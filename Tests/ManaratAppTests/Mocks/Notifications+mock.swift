import Foundation
import ManaratDomain

@testable import ManaratApp

extension OutboxEntry {
    /// An entry of the outbox at 09:00 on 21 February 2023, for Fatimah's request.
    static func mock(
        _ number: Int, event: NotificationEvent = .requestReceived, channel: NotificationChannel = .sms,
        status: OutboxStatus = .sent, attempts: Int = 1, answer: String = "", read: Bool = false
    ) -> OutboxEntry {
        let at = Date(timeIntervalSince1970: 1_676_959_200)
        return OutboxEntry(
            id: UUID(uuidString: "00000000-0000-4000-8000-00000000a0\(10 + number)")!, event: event,
            recipientKind: "beneficiary", recipientID: .mockBeneficiary,
            relatedID: UUID(uuidString: "00000000-0000-4000-8000-0000000000e1")!, channel: channel,
            address: "966501234567", language: .arabic, subject: "طلبك REQ-1444-00001",
            body: "عزيزتنا فاطمة، استلمنا طلبك REQ-1444-00001 وسنرد عليك قبل ٥ شعبان ١٤٤٤هـ.", parameters: [],
            status: status, attempts: attempts, nextAttemptAt: at, providerAnswer: answer, createdAt: at,
            sentAt: status == .sent ? at : nil, readAt: read ? at : nil)
    }
}

extension UUID {
    /// Fatimah's file.
    static let mockBeneficiary = UUID(uuidString: "00000000-0000-4000-8000-0000000000d1")!
}

extension OutboxPage.Model {
    /// Failed messages only: one with a provider's refusal, with a resend button.
    static let mockFailed = OutboxPage.Model(
        filter: .failed,
        entries: [.mock(1, status: .failed, attempts: 5, answer: "HTTP 401 invalid AppSid")],
        counts: [.pending: 2, .sending: 0, .sent: 120, .failed: 1])
}

extension MessageLogPage.Model {
    /// One code and one notice recorded by the development sender.
    static let mock = MessageLogPage.Model(messages: [
        SentMessage(
            recipientKind: "beneficiary", recipientID: .mockBeneficiary, channel: "sms", address: "966501234567",
            body: "رمز الدخول إلى بوابة منارات: 123456", createdAt: Date(timeIntervalSince1970: 1_676_959_200))
    ])
}

extension TemplateListPage.Model {
    /// One event, its SMS wording changed in Arabic.
    static let mock = TemplateListPage.Model(events: [
        TemplateListPage.Event(
            event: .requestReceived,
            variants: [
                TemplateListPage.Variant(
                    key: TemplateKey(event: .requestReceived, channel: .sms, language: .arabic),
                    body: "استلمنا طلبك {{reference}}.", isCustom: true),
                TemplateListPage.Variant(
                    key: TemplateKey(event: .requestReceived, channel: .sms, language: .english),
                    body: "We received your request {{reference}}.", isCustom: false),
            ])
    ])
}

extension TemplateEditorPage.Model {
    /// A wording sent with a placeholder the event does not offer and an overlong subject.
    static let mockRefused = TemplateEditorPage.Model(
        key: TemplateKey(event: .requestReceived, channel: .email, language: .arabic),
        form: TemplateForm(subject: String(repeating: "ع", count: 201), body: "استلمنا طلبك {{amount}}."),
        problems: [.unknownPlaceholders(["amount"]), .subjectTooLong])
}

extension InboxPage.Model {
    /// One unread notice and one read one.
    static let mock = InboxPage.Model(messages: [
        .mock(2, channel: .portal, read: false), .mock(3, event: .inquiryAnswered, channel: .portal, read: true),
    ])
}

extension NotificationSettingsPage.Model {
    /// Every channel offered, e-mail chosen without an address.
    static let mockRefused = NotificationSettingsPage.Model(
        offered: [.sms, .whatsapp, .email, .portal], offersEmail: true,
        form: NotificationSettingsForm(channel: "email", email: "", optedOut: nil), saved: false, problem: .email)
    /// The inbox alone, just saved.
    static let mockSaved = NotificationSettingsPage.Model(
        offered: [.sms, .portal], offersEmail: false,
        form: NotificationSettingsForm(channel: .portal, email: "", optedOut: true), saved: true, problem: nil)
}
