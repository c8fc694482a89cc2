import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// Staff accounts: the form and the service without a server, and every page snapshotted in
/// Arabic and English.
@Suite("Staff accounts: form, service and pages")
struct StaffAccountPagesTests {
    static let admin = StaffMember(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000a9")!, username: "admin", displayName: "مدير النظام",
        roles: [.admin], branchID: nil, isActive: true)
    static let riyadh = Branch(
        id: UUID(uuidString: "00000000-0000-4000-8000-0000000000b1")!, code: "RUH", nameArabic: "فرع الرياض",
        nameEnglish: "Riyadh branch", city: "الرياض", isActive: true)

    static func service(_ store: InMemoryStaffAccountStore) -> StaffAccountService {
        StaffAccountService(
            store: store, passwords: .counting(ComparisonTally()), clock: TestClock().wallClock,
            newPassword: { "TempPass2345xy" })
    }

    @Test("every problem is listed at once in the form's order, a taken username in its place")
    func problems() async throws {
        // setup
        let service = Self.service(InMemoryStaffAccountStore([.mockQuality]))
        let form = StaffAccountForm(
            username: "Quality.RUH", displayName: " ", branchID: UUID().uuidString, roles: ["relations", "king"])
        // act
        let result = try await service.check(form, as: nil, branches: [Self.riyadh], by: Self.admin)
        // assert
        #expect(
            result
                == .failure(
                    StaffAccountProblems(problems: [
                        .displayNameRequired, .usernameTaken, .rolesRequired, .branchUnknown,
                    ])))
    }

    @Test("an administrator cannot take away their own administration or deactivate themselves")
    func cannotDemoteSelf() async throws {
        // setup
        let service = Self.service(InMemoryStaffAccountStore([Self.admin]))
        var form = StaffAccountForm(member: Self.admin)
        form.roles = ["quality"]
        // act
        let demoted = try await service.check(form, as: Self.admin.id, branches: [], by: Self.admin)
        let byAnother = try await service.check(form, as: Self.admin.id, branches: [], by: .mockQuality)
        // assert
        #expect(demoted == .failure(StaffAccountProblems(problems: [.cannotDemoteSelf])))
        #expect((try? byAnother.get())?.roles == [.quality])
    }

    @Test("a new account and a reset get a temporary password that must be changed; a reset ends sessions")
    func temporaryPasswords() async throws {
        // setup
        let store = InMemoryStaffAccountStore([.mockQuality])
        let service = Self.service(store)
        let draft = try StaffAccountForm(username: "salem", displayName: "سالم", roles: ["delivery"], isActive: "on")
            .parsed(branches: []).get()
        let id = UUID(uuidString: "00000000-0000-4000-8000-0000000000aa")!
        // act
        let created = try await service.temporaryPassword()
        try await service.create(draft, as: id, password: created)
        try await service.reset(StaffMember.mockQuality.id, to: try await service.temporaryPassword())
        // assert
        #expect(created == TemporaryPassword(password: "TempPass2345xy", hash: "hash:TempPass2345xy"))
        #expect(await store.accounts[id]?.mustChange == true)
        #expect(await store.accounts[StaffMember.mockQuality.id]?.mustChange == true)
        #expect(await store.sessionsEnded == [StaffMember.mockQuality.id])
    }

    @Test("temporary passwords use no look-alike characters")
    func readable() {
        // act
        let passwords = (0..<50).map { _ in TemporaryPassword.make() }
        // assert
        #expect(passwords.allSatisfy { $0.count == 14 && !$0.contains(where: { "0O1lI".contains($0) }) })
    }

    /// Each page as a name and the HTML it renders in a language.
    static let pages: [(String, @Sendable (Language) -> String)] = [
        (
            "staff-list",
            {
                StaffList.render(
                    .init(members: [admin, .mockQuality], branches: [riyadh], saved: true),
                    context: .mock($0, staff: admin))
            }
        ),
        (
            "staff-editor-refused",
            {
                StaffEditor.render(
                    .init(
                        memberID: admin.id, form: StaffAccountForm(member: admin), branches: [riyadh],
                        problems: [.cannotDemoteSelf]), context: .mock($0, staff: admin))
            }
        ),
        (
            "staff-temporary-password",
            {
                TemporaryPasswordPage.render(
                    .init(displayName: "سالم العتيبي", username: "salem", password: "TempPass2345xy"),
                    context: .mock($0, staff: admin))
            }
        ),
    ]

    @Test("each staff-account page matches its snapshot", arguments: Self.pages.map(\.0), [Language.arabic, .english])
    func page(name: String, language: Language) throws {
        // setup
        let render = try #require(Self.pages.first { $0.0 == name }?.1)
        // act
        let html = render(language)
        // assert
        #expect(try Snapshot.compare(html, named: "\(name)-\(language == .arabic ? "ar" : "en")") == .matches)
    }
}
