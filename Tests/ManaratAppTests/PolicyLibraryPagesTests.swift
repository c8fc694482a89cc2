import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The policy library's pages in both languages, the publish form read without a server, and
/// the service on an in-memory library.
@Suite("Policy library")
struct PolicyLibraryPagesTests {
    /// Version 2 of the relations policy, approved on 1 Sha'ban 1444 by board decision 3-23/M.
    static let policy = PolicyVersion(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000002a1")!, kind: .relationsPolicy, label: "2.0",
        decisionNumber: "3-23/M", approvedOn: GregorianDay(year: 2023, month: 2, day: 21)!,
        approvingBody: "مجلس الإدارة", textArabic: "المادة الأولى\nتلتزم الجمعية بالرد خلال أسبوعين.\n\nالمادة الثانية",
        textEnglish: "", fileSHA256: "abc", publishedAt: Date(timeIntervalSince1970: 1_676_959_200), isCurrent: true)

    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        ("policy-public", { PublicPolicyPage.render(.init(version: policy), context: .mock($0, path: "/policy")) }),
        (
            "library",
            {
                LibraryPage.render(
                    .init(current: [policy], unread: [policy.id], isAdmin: true), context: .mock($0, staff: .mockAdmin))
            }
        ),
        (
            "library-version",
            {
                PolicyVersionPage.render(
                    .init(
                        version: policy, acknowledgements: [StaffMember.mockRelations.id: policy.publishedAt],
                        history: [policy], staffID: StaffMember.mockAdmin.id, isAdmin: true,
                        everyone: [.mockAdmin, .mockRelations]), context: .mock($0, staff: .mockAdmin))
            }
        ),
        (
            "library-publish-refused",
            {
                PolicyPublishPage.render(
                    .init(
                        kind: .relationsPolicy, form: .blank,
                        problems: [.required(.label), .required(.decisionNumber), .required(.textArabic)]),
                    context: .mock($0, staff: .mockAdmin))
            }
        ),
    ]

    @Test("each library page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }

    @Test("a version needs its label, decision, approving body, day, and its text when it has no file")
    func publishForm() {
        // setup
        let empty = PolicyPublishForm(approvedOnCalendar: "hijri")
        // act
        let refused = empty.parsed(maximumBytes: 1_000_000)
        // assert
        #expect(
            refused
                == .failure(
                    PolicyProblems(problems: [
                        .required(.label), .required(.decisionNumber), .required(.approvingBody),
                        .required(.textArabic), .required(.approvedOn),
                    ])))
    }

    @Test("a new version is in force at once, the old one kept; each reader acknowledges once")
    func publishAndAcknowledge() async throws {
        // setup
        let store = InMemoryPolicyStore()
        let service = PolicyLibraryService(store: store, clock: TestClock().wallClock)
        let draft = PolicyDraft(
            label: "3.0", decisionNumber: "9-24/M", approvedOn: GregorianDay(year: 2024, month: 1, day: 1)!,
            approvingBody: "مجلس الإدارة", textArabic: "نص", textEnglish: "", file: nil)
        try await store.publish(Self.policy)
        // act
        let newer = try await service.publish(
            draft, of: .relationsPolicy, as: UUID(uuidString: "00000000-0000-4000-8000-0000000002a2")!)
        try await service.acknowledge(newer.id, by: StaffMember.mockRelations.id)
        try await service.acknowledge(newer.id, by: StaffMember.mockRelations.id)
        // assert
        #expect(try await store.current(.relationsPolicy)?.label == "3.0")
        #expect(try await store.versions(of: .relationsPolicy).map(\.isCurrent) == [true, false])
        #expect(try await store.unacknowledged(by: StaffMember.mockRelations.id).isEmpty)
        #expect(try await store.unacknowledged(by: StaffMember.mockAdmin.id).map(\.id) == [newer.id])
    }
}
