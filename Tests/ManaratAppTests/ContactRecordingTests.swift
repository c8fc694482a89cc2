import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// Recording contacts: the form and the service without a server, and the refusal page
/// snapshotted in Arabic and English.
@Suite("Contacts: form, service and refusal")
struct ContactRecordingTests {
    static let researcher = StaffMember(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c4")!, username: "khalid", displayName: "خالد",
        roles: [.researcher], branchID: nil, isActive: true)
    static let office = Branch(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000b3")!, code: "KHR", nameArabic: "مكتب الخرج",
        nameEnglish: "Al-Kharj office", city: "الخرج", isActive: false)

    @Test("a forged channel is no form at all; the form's own problems are named in order")
    func form() {
        // act
        let forged = ContactForm(channel: "pigeon", direction: "incoming", summary: "x").parsed()
        let refused = ContactForm(
            channel: "phone", direction: "incoming", summary: " ", followUpOn: "31/2/2023",
            followUpOnCalendar: "gregorian", referTo: "someone", branchID: "KHR"
        ).parsed()
        // assert
        #expect(forged == nil)
        #expect(refused?.problems.map(\.field) == [.summary, .followUpOn, .referTo, .branchID])
    }

    @Test("a referral must name an active researcher, and a branch an active one")
    func checks() async throws {
        // setup
        let store = InMemoryContactStore(staff: [Self.researcher, .mockDelivery], branches: [Self.office])
        let service = ContactService(store: store, clock: TestClock().wallClock, timeZone: .current)
        var draft = try #require(
            ContactForm(channel: "phone", direction: "incoming", summary: "سؤال عن الدفعة").parsed()?.draft)
        // act
        draft.referTo = StaffMember.mockDelivery.id
        draft.branch = .chosen(Self.office.id)
        let wrong = try await service.problems(of: draft)
        draft.referTo = Self.researcher.id
        draft.branch = .none
        let right = try await service.problems(of: draft)
        // assert
        #expect(wrong == [.researcherUnknown, .branchInvalid])
        #expect(right.isEmpty)
    }

    @Test("a referred question is followed up today; the contact happens at the recorder's branch unless one is chosen")
    func contact() throws {
        // setup
        let clock = TestClock()
        let riyadh = TimeZone(identifier: "Asia/Riyadh")!
        let service = ContactService(store: InMemoryContactStore(), clock: clock.wallClock, timeZone: riyadh)
        var recorder = StaffMember.mockQuality
        recorder.branchID = Self.office.id
        var draft = try #require(
            ContactForm(channel: "website", direction: "incoming", summary: "سؤال").parsed()?.draft)
        draft.referTo = Self.researcher.id
        // act
        let contact = service.contact(
            draft, id: UUID(uuidString: "00000000-0000-4000-8000-0000000000d9")!,
            party: (.beneficiary, .mockBeneficiary),
            recorder: recorder)
        // assert
        #expect(contact.followUpOn == GregorianDay(clock.now, timeZone: riyadh))
        #expect(contact.referredTo == Self.researcher.id)
        #expect(contact.branchID == Self.office.id)
        #expect(contact.staffID == recorder.id)
    }

    @Test("the refused contact page matches its snapshot", arguments: [Language.arabic, .english])
    func page(language: Language) throws {
        // setup
        let text = ContactText(strings: Strings(language: language))
        // act
        let html = PartyErrorPage.render(
            errors: text.errors([.summaryMissing, .researcherUnknown, .branchInvalid]),
            back: StaffURL.beneficiary(.mockBeneficiary).path, context: .mock(language, staff: .mockQuality))
        // assert
        #expect(try Snapshot.compare(html, named: "contact-refused-\(language == .arabic ? "ar" : "en")") == .matches)
    }
}
