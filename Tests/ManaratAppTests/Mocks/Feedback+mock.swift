import Foundation
import ManaratDomain

@testable import ManaratApp

extension FeedbackRecord {
    /// Fatimah's complaint about waiting at the branch: urgent, assigned to the quality officer
    /// with one note, and a day overdue on 21 February 2023.
    static let mockComplaint: FeedbackRecord = {
        var record = FeedbackRecord(
            id: UUID(uuidString: "00000000-0000-4000-8000-000000000501")!, reference: "C-1444-000001",
            kind: .complaint, beneficiaryID: Beneficiary.mockFatimah.id, contactName: "", contactPhone: "",
            channel: .website, text: "انتظرت ساعتين في الفرع دون أن يناديني أحد.", status: .inProgress,
            assignedTo: StaffMember.mockQuality.id, notes: "٢٠ فبراير — نورة القحطاني:\nراجعنا جدول الاستقبال.",
            response: "", action: nil, noActionReason: "", dueOn: GregorianDay(year: 2023, month: 2, day: 20)!,
            closedAt: nil, appeal: "", appeals: 0, createdAt: Date(timeIntervalSince1970: 1_676_354_400))
        record.category = .waitingTime
        record.priority = .urgent
        return record
    }()

    /// An anonymous suggestion for evening hours, open and due on 28 February 2023.
    static let mockSuggestion = FeedbackRecord(
        id: UUID(uuidString: "00000000-0000-4000-8000-000000000502")!, reference: "S-1444-000002",
        kind: .suggestion, beneficiaryID: nil, contactName: "", contactPhone: "", channel: .website,
        text: "أقترح مواعيد مسائية في الفرع للموظفات.", status: .open, assignedTo: nil, notes: "", response: "",
        action: nil, noActionReason: "", dueOn: GregorianDay(year: 2023, month: 2, day: 28)!, closedAt: nil,
        appeal: "", appeals: 0, createdAt: Date(timeIntervalSince1970: 1_676_959_200))

    /// Fatimah's complaint closed with an improvement: a second reception window, not yet appealed.
    static let mockClosed = FeedbackRecord(
        id: UUID(uuidString: "00000000-0000-4000-8000-000000000503")!, reference: "C-1444-000003",
        kind: .complaint, beneficiaryID: Beneficiary.mockFatimah.id, contactName: "", contactPhone: "",
        channel: .website, text: "انتظرت ساعتين في الفرع.", status: .closed, assignedTo: StaffMember.mockQuality.id,
        notes: "", response: "نعتذر عن الانتظار، وقد فتحنا نافذة ثانية.",
        action: ImprovementAction(
            what: "فتح نافذة استقبال ثانية وقت الذروة", owner: "مدير فرع الرياض",
            on: GregorianDay(year: 2023, month: 2, day: 19)!),
        noActionReason: "", dueOn: GregorianDay(year: 2023, month: 2, day: 22)!,
        closedAt: Date(timeIntervalSince1970: 1_676_872_800), appeal: "", appeals: 0,
        createdAt: Date(timeIntervalSince1970: 1_676_354_400))

    /// A complaint by phone from someone without a file who left a name and a number, closed
    /// without an improvement, with the reason.
    static let mockClosedByPhone = FeedbackRecord(
        id: UUID(uuidString: "00000000-0000-4000-8000-000000000504")!, reference: "C-1444-000004",
        kind: .complaint, beneficiaryID: nil, contactName: "سعد الدوسري", contactPhone: "+966551234567",
        channel: .phone, text: "لم يرد أحد على اتصالي يوم الأحد.", status: .closed, assignedTo: nil, notes: "",
        response: "نعتذر، كان الخط معطلًا ذلك اليوم.", action: nil, noActionReason: "عطل فني عولج في يومه.",
        dueOn: GregorianDay(year: 2023, month: 2, day: 23)!, closedAt: Date(timeIntervalSince1970: 1_676_872_800),
        appeal: "", appeals: 0, createdAt: Date(timeIntervalSince1970: 1_676_440_800))
}

extension FeedbackFormPage.Model {
    /// A visitor's complaint refused: no text, and a landline as the mobile.
    static let mockRefused = FeedbackFormPage.Model(
        form: FeedbackForm(kind: "complaint", text: " ", name: "سعد", phone: "0112345678"),
        problems: [.textMissing, .phoneInvalid], sent: nil, signedIn: false)
    /// The blank form again, just after a visitor's suggestion was sent.
    static let mockSent = FeedbackFormPage.Model(form: .blank, problems: [], sent: "S-1444-000002", signedIn: false)
    /// The form as a signed-in beneficiary sees it: no name or phone to leave.
    static let mockPortal = FeedbackFormPage.Model(form: .blank, problems: [], sent: nil, signedIn: true)
}

extension PortalFeedbackPage.Model {
    /// Fatimah's complaint, open, with its answer day.
    static let mockOpen = PortalFeedbackPage.Model(item: .mockComplaint)
    /// Fatimah's complaint closed with an improvement, which she may still appeal.
    static let mockClosed = PortalFeedbackPage.Model(item: .mockClosed)
}

extension FeedbackQueuePage.Model {
    /// The urgent, overdue complaint and the anonymous suggestion.
    static let mock = FeedbackQueuePage.Model(items: [.mockComplaint, .mockSuggestion], problems: [])
    /// Nothing open, and a complaint recorded by phone refused: no text, and an identity number
    /// that names no file.
    static let mockRefused = FeedbackQueuePage.Model(items: [], problems: [.textMissing, .identityUnknown])
}

extension FeedbackCasePage.Model {
    /// Fatimah's open complaint, for the handlers to triage, note and close.
    static let mock = FeedbackCasePage.Model(
        item: .mockComplaint, handlers: [.mockAdmin, .mockQuality],
        complainant: .init(id: Beneficiary.mockFatimah.id, name: Beneficiary.mockFatimah.name.full), problems: [])
    /// The anonymous suggestion, closed with an improvement but no response.
    static let mockRefused = FeedbackCasePage.Model(
        item: .mockSuggestion, handlers: [.mockQuality], complainant: nil, problems: [.responseMissing])
    /// The phone complaint, closed without an improvement.
    static let mockClosed = FeedbackCasePage.Model(
        item: .mockClosedByPhone, handlers: [.mockQuality], complainant: nil, problems: [])
}
