import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Administrators manage staff and branches")
struct StaffAdminTests {
    @Test(
        "an administrator creates a staff member; the temporary password works once and must be changed; the audit log records it"
    )
    func createStaff() async throws {
        try await withApp { app, _ in
            // setup
            let branch = try await Fixtures.branch(app)
            let adminMember = try await Fixtures.staff(app, username: "admin", roles: [.admin])
            let admin = TestBrowser(app: app)
            try await admin.signIn(username: "admin", password: Fixtures.password)
            try await admin.get("/staff/admin/staff/new")
            // act
            let created = try await admin.post(
                "/staff/admin/staff/new",
                form: [
                    ("displayName", "سارة الغامدي"), ("username", "Sara.G"),
                    ("branchID", branch.id.uuidString.lowercased()),
                    ("roles[]", "researcher"), ("roles[]", "committee"), ("isActive", "on"),
                ])
            let body = created.body.string
            let password = try #require(
                body.range(of: "class=\"secret\">").map { String(body[$0.upperBound...].prefix { $0 != "<" }) })
            let newcomer = TestBrowser(app: app)
            let signIn = try await newcomer.signIn(username: "sara.g", password: password)
            // assert
            #expect(created.status == .created)
            #expect(password.count == 14)
            #expect(signIn.headers.first(name: .location) == "/staff/account/password")
            let member = try #require(try await StaffRepository(database: app.db).credentials(username: "sara.g"))
            #expect(member.member.roles == [.researcher, .committee])
            #expect(member.member.branchID == branch.id)
            let entries = try await AuditLog(database: app.db).browse(
                AuditFilter(actionPrefix: "staff.create"), page: 1, perPage: 5
            ).entries
            #expect(entries.first?.actorID == adminMember.id)
            #expect(entries.first?.actingRole == "admin")
            #expect(entries.first?.summary.contains("roles=researcher,committee") == true)
            #expect(entries.first?.summary.contains(password) == false)
        }
    }

    @Test("a refused staff form keeps what was typed and puts each message next to its field")
    func invalidStaffForm() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "admin", roles: [.admin])
            let admin = TestBrowser(app: app)
            try await admin.signIn(username: "admin", password: Fixtures.password)
            try await admin.get("/staff/admin/staff/new")
            // act
            let response = try await admin.post(
                "/staff/admin/staff/new", form: [("displayName", "نورة"), ("username", "نورة!"), ("branchID", "")])
            let count = try await StaffRepository(database: app.db).count()
            // assert
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("id=\"username-error\""))
            #expect(html.contains("اسم المستخدم يقبل الحروف اللاتينية"))
            #expect(html.contains("id=\"roles-error\""))
            #expect(html.contains("value=\"نورة\""))
            #expect(count == 1)
        }
    }

    @Test("the new-staff form offers 'no branch' as an empty value, so choosing it is not refused")
    func noBranchOptionHasEmptyValue() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "admin", roles: [.admin])
            let admin = TestBrowser(app: app)
            try await admin.signIn(username: "admin", password: Fixtures.password)
            // act
            let form = try await admin.get("/staff/admin/staff/new")
            let created = try await admin.post(
                "/staff/admin/staff/new",
                form: [
                    ("displayName", "Sara"), ("username", "sara"), ("branchID", ""), ("roles[]", "quality"),
                    ("isActive", "on"),
                ])
            // assert
            #expect(form.body.string.contains("<option value selected=\"selected\">بدون فرع</option>"))
            #expect(created.status == .created)
        }
    }

    @Test("a taken username is refused")
    func duplicateUsername() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "admin", roles: [.admin])
            try await Fixtures.staff(app, username: "noura", roles: [.relations])
            let admin = TestBrowser(app: app)
            try await admin.signIn(username: "admin", password: Fixtures.password)
            try await admin.get("/staff/admin/staff/new")
            // act
            let response = try await admin.post(
                "/staff/admin/staff/new",
                form: [("displayName", "Another"), ("username", "NOURA"), ("roles[]", "relations")])
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("اسم المستخدم مستخدم لحساب آخر"))
        }
    }

    @Test("deactivating a staff member ends their sessions at once; the change is audited with before and after")
    func deactivate() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "admin", roles: [.admin])
            let noura = try await Fixtures.staff(app, username: "noura", roles: [.relations])
            let nouraBrowser = TestBrowser(app: app)
            try await nouraBrowser.signIn(username: "noura", password: Fixtures.password)
            let admin = TestBrowser(app: app)
            try await admin.signIn(username: "admin", password: Fixtures.password)
            try await admin.get("/staff/admin/staff/\(noura.id.uuidString.lowercased())/edit")
            // act
            let saved = try await admin.post(
                "/staff/admin/staff/\(noura.id.uuidString.lowercased())/edit",
                form: [("displayName", "Noura"), ("username", "noura"), ("roles[]", "relations")])
            let nouraAfter = try await nouraBrowser.get("/staff")
            let signInAgain = try await TestBrowser(app: app).signIn(username: "noura", password: Fixtures.password)
            // assert
            #expect(saved.status == .seeOther)
            #expect(nouraAfter.status == .seeOther)
            #expect(signInAgain.status == .unauthorized)
            let entry = try #require(
                try await AuditLog(database: app.db).browse(
                    AuditFilter(actionPrefix: "staff.update"), page: 1, perPage: 1
                ).entries.first)
            #expect(entry.summary.contains("before: username=noura"))
            #expect(entry.summary.contains("active=true | after:"))
            #expect(entry.summary.hasSuffix("active=false"))
        }
    }

    @Test("an administrator cannot remove their own administrator role")
    func cannotDemoteSelf() async throws {
        try await withApp { app, _ in
            // setup
            let me = try await Fixtures.staff(app, username: "admin", roles: [.admin])
            let admin = TestBrowser(app: app)
            try await admin.signIn(username: "admin", password: Fixtures.password)
            try await admin.get("/staff/admin/staff/\(me.id.uuidString.lowercased())/edit")
            // act
            let response = try await admin.post(
                "/staff/admin/staff/\(me.id.uuidString.lowercased())/edit",
                form: [("displayName", "Admin"), ("username", "admin"), ("roles[]", "quality"), ("isActive", "on")])
            let after = try await StaffRepository(database: app.db).find(id: me.id)
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(after?.roles == [.admin])
        }
    }

    @Test("a password reset shows a new temporary password once and ends the member's sessions")
    func resetPassword() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "admin", roles: [.admin])
            let noura = try await Fixtures.staff(app, username: "noura", roles: [.relations])
            let nouraBrowser = TestBrowser(app: app)
            try await nouraBrowser.signIn(username: "noura", password: Fixtures.password)
            let admin = TestBrowser(app: app)
            try await admin.signIn(username: "admin", password: Fixtures.password)
            try await admin.get("/staff/admin/staff/\(noura.id.uuidString.lowercased())/edit")
            // act
            let reset = try await admin.post(
                "/staff/admin/staff/\(noura.id.uuidString.lowercased())/reset-password", form: [])
            let nouraAfter = try await nouraBrowser.get("/staff")
            let oldPassword = try await TestBrowser(app: app).signIn(username: "noura", password: Fixtures.password)
            // assert
            #expect(reset.status == .ok)
            #expect(reset.body.string.contains("class=\"secret\""))
            #expect(nouraAfter.status == .seeOther)
            #expect(oldPassword.status == .unauthorized)
        }
    }

    @Test("branches: create, refuse a duplicate code, edit; each change audited")
    func branches() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "admin", roles: [.admin])
            let admin = TestBrowser(app: app)
            try await admin.signIn(username: "admin", password: Fixtures.password)
            try await admin.get("/staff/admin/branches/new")
            let form = [
                ("code", "jed"), ("nameArabic", "فرع جدة"), ("nameEnglish", "Jeddah branch"), ("city", "جدة"),
                ("isActive", "on"),
            ]
            // act
            let created = try await admin.post("/staff/admin/branches/new", form: form)
            try await admin.get("/staff/admin/branches/new")
            let duplicate = try await admin.post("/staff/admin/branches/new", form: form)
            let branch = try #require(try await BranchRepository(database: app.db).all().first)
            try await admin.get("/staff/admin/branches/\(branch.id.uuidString.lowercased())/edit")
            let edited = try await admin.post(
                "/staff/admin/branches/\(branch.id.uuidString.lowercased())/edit",
                form: [
                    ("code", "JED"), ("nameArabic", "فرع جدة الرئيسي"), ("nameEnglish", "Jeddah main"), ("city", "جدة"),
                ])
            let list = try await admin.get("/staff/admin/branches")
            // assert
            #expect(created.status == .seeOther)
            #expect(duplicate.status == .unprocessableEntity)
            #expect(duplicate.body.string.contains("هذا الرمز مستخدم لفرع آخر"))
            #expect(edited.status == .seeOther)
            #expect(list.body.string.contains("فرع جدة الرئيسي"))
            #expect(branch.code == "JED")
            let actions = try await AuditLog(database: app.db).browse(
                AuditFilter(recordType: "branch"), page: 1, perPage: 10
            ).entries.map(\.action)
            #expect(actions == ["branch.update", "branch.create"])
        }
    }
}
