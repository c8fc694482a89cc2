import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// Conflict-of-interest declarations: the form and the service without a server, and both pages
/// snapshotted in Arabic and English.
@Suite("Declarations: form, service and pages")
struct ConflictPagesTests {
    static let noura = StaffMember.mockQuality.id
    static let brother = DeclarationRecord(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c9")!, staffID: noura, identityNumber: "1000000016",
        relation: "brother", note: "", createdAt: Date(timeIntervalSince1970: 1_676_959_200))

    @Test("a declaration needs a valid identity and a relation the form offers, oneself included")
    func form() throws {
        // act
        let missing = DeclarationForm(relation: "neighbour", identityType: "national_id", identityNumber: "123")
            .parsed()
        let own = try DeclarationForm(
            relation: " self ", identityType: "national_id", identityNumber: "1000000008",
            note: String(repeating: "x", count: 1200)
        ).parsed().get()
        // assert
        #expect(
            missing
                == .failure(
                    DeclarationFormProblems(problems: [.identity(.wrongLength(expected: 10)), .relationMissing])))
        #expect(own.relation == .myself)
        #expect(own.note.count == 1000)
    }

    @Test("a staff member withdraws only their own declarations, once")
    func withdraw() async throws {
        // setup
        let store = InMemoryConflictStore()
        let service = ConflictService(store: store, clock: TestClock().wallClock)
        let draft = try DeclarationForm(relation: "brother", identityType: "national_id", identityNumber: "1000000016")
            .parsed().get()
        let id = try await service.declare(draft, by: Self.noura)
        // act
        let byOther = try await service.withdraw(id, by: StaffMember.mockDelivery.id)
        let byOwner = try await service.withdraw(id, by: Self.noura)
        let again = try await service.withdraw(id, by: Self.noura)
        // assert
        #expect(!byOther && byOwner && !again)
        #expect(try await store.declarations(of: Self.noura).isEmpty)
    }

    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        (
            "conflicts-mine-refused",
            {
                DeclarationsPage.render(
                    .init(declarations: [brother], problems: [.relationMissing]),
                    context: .mock($0, staff: .mockQuality))
            }
        ),
        (
            "conflicts-overview",
            {
                ConflictOverviewPage.render(
                    .init(
                        recusals: [
                            RecusalRecord(
                                staffID: noura, requestID: SupportRequest.mockFatimahRent.id, action: "research",
                                reason: "relative", createdAt: Date(timeIntervalSince1970: 1_676_959_200))
                        ], declarations: [brother],
                        references: [SupportRequest.mockFatimahRent.id: "REQ-1444-00001"],
                        staffNames: [noura: "نورة القحطاني"]), context: .mock($0, staff: .mockQuality))
            }
        ),
    ]

    @Test("each declarations page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }
}
