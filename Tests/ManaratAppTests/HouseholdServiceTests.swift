import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// Household edits and proposals on an in-memory store, the members form read without a
/// server, and the portal's household page in both languages.
@Suite("Households")
struct HouseholdServiceTests {
    static let head = UUID.mockBeneficiary
    static let sonsFile = UUID(uuidString: "00000000-0000-4000-8000-0000000000d3")!
    static let sonsIdentity = IdentityNumber(storedType: .nationalID, value: "1000000008")

    static func service(_ store: InMemoryHouseholdStore) -> HouseholdService {
        HouseholdService(store: store, clock: TestClock().wallClock, ids: .sequential())
    }

    @Test("the portal's household page matches its snapshot", arguments: [Language.arabic, .english])
    func snapshot(language: Language) throws {
        // act
        let html = PortalHouseholdPage.render(.mockRefused, context: .mock(language, path: "/portal/household"))
        // assert
        #expect(
            try Snapshot.compare(html, named: "portal-household-refused-\(language == .arabic ? "ar" : "en")")
                == .matches)
    }

    @Test("a member with a registered identity is linked to that file; the head's own identity is refused")
    func linkedMember() async throws {
        // setup
        let store = InMemoryHouseholdStore(registered: [Self.sonsIdentity: Self.sonsFile])
        let service = Self.service(store)
        let form = HouseholdMemberForm(
            memberName: "محمد", relation: "son", memberGender: "male",
            memberIdentityType: IdentityType.nationalID.rawValue,
            memberIdentityNumber: "1000000008")
        let draft = try form.parsed(sensitive: false).get()
        // act
        let member = try await service.member(draft, of: Self.head)
        try await service.add(member, to: Self.head)
        // assert
        #expect(await store.households[Self.head]?.members.map(\.beneficiaryID) == [Self.sonsFile])
        await #expect(throws: HouseholdProblems(problems: [.memberIsHead])) {
            try await service.member(draft, of: Self.sonsFile)
        }
    }

    @Test("a person already in another household is refused, naming that household's head")
    func anotherHousehold() async throws {
        // setup
        let other = UUID(uuidString: "00000000-0000-4000-8000-0000000000d4")!
        let store = InMemoryHouseholdStore()
        let service = Self.service(store)
        let draft = MemberDraft(
            fullName: "محمد", relation: .son, gender: .male, identity: Self.sonsIdentity, bornOn: nil,
            healthConditions: "", parentageNote: "")
        try await service.add(try await service.member(draft, of: other), to: other)
        // act, assert
        await #expect(throws: HouseholdProblems(problems: [.personInAnotherHousehold(headID: other)])) {
            try await service.add(try await service.member(draft, of: Self.head), to: Self.head)
        }
    }

    @Test("an approved proposal adds the member through the desk's rules; a rejected one changes nothing")
    func decisions() async throws {
        // setup
        let store = InMemoryHouseholdStore()
        let service = Self.service(store)
        var rejected = HouseholdProposal.mockNewborn
        rejected.id = UUID(uuidString: "00000000-0000-4000-8000-0000000000c6")!
        try await service.propose(.mockNewborn)
        try await service.propose(rejected)
        // act
        try await service.decide(.mockNewborn, approved: true, note: "", by: StaffMember.mockRelations.id)
        try await service.decide(rejected, approved: false, note: "مكرر", by: StaffMember.mockRelations.id)
        // assert
        #expect(await store.households[Self.head]?.members.map(\.fullName) == ["سارة سعد الزهراني"])
        #expect(await store.proposals.map(\.status) == [.approved, .rejected])
    }

    @Test("the members form keeps health and parentage only for staff who may read them, and reads an iqama by its 2")
    func memberForm() throws {
        // setup
        let form = HouseholdMemberForm(
            memberName: " سارة ", memberIdentityNumber: "2000000006", memberHealth: "ربو", parentageNote: "ملاحظة")
        // act
        let hidden = try form.parsed(sensitive: false).get()
        let shown = try form.parsed(sensitive: true).get()
        // assert
        #expect(hidden.fullName == "سارة")
        #expect(hidden.healthConditions.isEmpty && hidden.parentageNote.isEmpty)
        #expect(shown.healthConditions == "ربو")
        #expect(hidden.identity?.type == .iqama)
    }
}
