import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("The policy and guide library")
struct LibraryTests {
    @Test(
        "the public policy page shows its approval as 1 Sha'ban 1444 AH beside 21 February 2023, in Arabic script and in English"
    )
    func approvalDate() async throws {
        try await withApp { app, _ in
            // setup
            let visitor = TestBrowser(app: app)
            // act
            let arabic = try await visitor.get("/policy")
            try await visitor.post("/language", form: [("language", "en"), ("back", "/policy")])
            let english = try await visitor.get("/policy")
            // assert
            #expect(arabic.status == .ok)
            #expect(arabic.body.string.contains("١\u{00A0}شعبان\u{00A0}١٤٤٤\u{00A0}هـ — ٢١\u{00A0}فبراير\u{00A0}٢٠٢٣م"))
            #expect(arabic.body.string.contains("3-23/M"))
            #expect(arabic.body.string.contains("سياسة تنظيم العلاقة مع المستفيدين وتقديم الخدمات"))
            #expect(
                english.body.string.contains("1\u{00A0}Sha'ban\u{00A0}1444\u{00A0}AH — 21\u{00A0}February\u{00A0}2023"))
            #expect(english.body.string.contains("General goal"))
        }
    }

    @Test(
        "a new version takes effect, the old one stays read-only, staff must acknowledge it and the administrator sees who has not"
    )
    func publishAndAcknowledge() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "admin", roles: [.admin])
            try await Fixtures.staff(app, username: "noura", roles: [.relations])
            let admin = TestBrowser(app: app)
            try await admin.signIn(username: "admin", password: Fixtures.password)
            let noura = TestBrowser(app: app)
            try await noura.signIn(username: "noura", password: Fixtures.password)
            let first = try #require(try await PolicyRepository(database: app.db).current(.relationsPolicy))
            try await admin.get("/staff/admin/library/relationsPolicy/publish")
            // act
            let published = try await admin.post(
                "/staff/admin/library/relationsPolicy/publish",
                form: [
                    ("label", "2"), ("decisionNumber", "7-26/M"), ("approvedOn", "1/5/1448"),
                    ("approvedOnCalendar", "hijri"), ("approvingBody", "مجلس الإدارة"),
                    ("textArabic", "النص المعدل للسياسة"),
                ])
            let desk = try await noura.get("/staff")
            let second = try #require(try await PolicyRepository(database: app.db).current(.relationsPolicy))
            let beforeAck = try await admin.get("/staff/library/\(second.id.uuidString.lowercased())")
            try await noura.get("/staff/library/\(second.id.uuidString.lowercased())")
            try await noura.post("/staff/library/\(second.id.uuidString.lowercased())/acknowledge", form: [])
            let deskAfter = try await noura.get("/staff")
            let old = try await noura.get("/staff/library/\(first.id.uuidString.lowercased())")
            // assert
            #expect(published.status == .seeOther)
            #expect(second.decisionNumber == "7-26/M")
            #expect(second.id != first.id)
            #expect(desk.body.string.contains("صدرت إصدارات جديدة من السياسات"))
            #expect(beforeAck.body.string.contains("Test noura"))
            #expect(beforeAck.body.string.contains("لم يُقر بالاطلاع بعد"))
            #expect(!deskAfter.body.string.contains("صدرت إصدارات جديدة من السياسات"))
            #expect(old.body.string.contains("هذا إصدار سابق، للاطلاع فقط"))
            #expect(try await PolicyRepository(database: app.db).versions(of: .relationsPolicy).count == 2)
        }
    }

    @Test(
        "a version may be a signed PDF instead of text: staff and the public download it; a version with neither text nor file is refused"
    )
    func versionWithFile() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "admin", roles: [.admin])
            let admin = TestBrowser(app: app)
            try await admin.signIn(username: "admin", password: Fixtures.password)
            let form: [(String, String)] = [
                ("label", "2"), ("decisionNumber", "7-26/M"), ("approvedOn", "1/5/1448"),
                ("approvedOnCalendar", "hijri"), ("approvingBody", "مجلس الإدارة"),
            ]
            try await admin.get("/staff/admin/library/relationsPolicy/publish")
            // act
            let empty = try await admin.post("/staff/admin/library/relationsPolicy/publish", form: form)
            try await admin.get("/staff/admin/library/relationsPolicy/publish")
            let published = try await admin.postMultipart(
                "/staff/admin/library/relationsPolicy/publish", form: form,
                files: [
                    .init(
                        field: "file", filename: "policy-signed.pdf", contentType: "application/pdf",
                        bytes: Fixtures.pdfBytes)
                ])
            let version = try #require(try await PolicyRepository(database: app.db).current(.relationsPolicy))
            let staffFile = try await admin.get("/staff/library/\(version.id.uuidString.lowercased())/file")
            let visitor = TestBrowser(app: app)
            let page = try await visitor.get("/policy")
            let publicFile = try await visitor.get("/policy/file")
            // assert
            #expect(empty.status == .unprocessableEntity)
            #expect(published.status == .seeOther)
            #expect(version.decisionNumber == "7-26/M")
            #expect(version.fileSHA256 != nil)
            #expect(staffFile.status == .ok)
            #expect(Array(staffFile.body.readableBytesView) == Fixtures.pdfBytes)
            #expect(page.body.string.contains("/policy/file"))
            #expect(publicFile.status == .ok)
            #expect(publicFile.headers.first(name: .contentType) == "application/pdf")
            #expect(publicFile.headers.first(name: .contentDisposition)?.hasPrefix("attachment;") == true)
        }
    }
}
