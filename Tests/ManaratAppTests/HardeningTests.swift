import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("Hostile input and page weight")
struct HardeningTests {
    static let payloads = [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "محمد\u{202E}لاعب<b>",
    ]

    @Test(
        "names carrying script, event handlers and a right-to-left override come back escaped in the list and the file",
        arguments: payloads)
    func xssIsEscaped(payload: String) async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app, first: payload, family: "اختبار")
            try await Fixtures.staff(app, username: "relations", roles: [.relations])
            let browser = TestBrowser(app: app)
            try await browser.signIn(username: "relations", password: Fixtures.password)
            // act
            let list = try await browser.get("/staff/beneficiaries")
            let file = try await browser.get("/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())")
            // assert
            for page in [list, file] {
                let html = page.body.string
                #expect(page.status == .ok)
                #expect(!html.contains("<script>alert"))
                #expect(!html.contains("<img src=x"))
                #expect(!html.contains("<svg onload"))
                #expect(!html.contains("<b>"))
            }
        }
    }

    @Test(
        "SQL-injection strings in search and filter parameters get ordinary answers and leave the data intact",
        arguments: [
            "' OR '1'='1", "'; DROP TABLE beneficiaries; --", "احمد' UNION SELECT password_hash FROM staff --",
            "%' AND 1=1 --",
        ])
    func sqlInjectionIsInert(input: String) async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.beneficiary(app)
            try await Fixtures.staff(app, username: "admin", roles: [.admin])
            let browser = TestBrowser(app: app)
            try await browser.signIn(username: "admin", password: Fixtures.password)
            let encoded = input.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            // act
            let search = try await browser.get("/staff/beneficiaries?q=\(encoded)")
            let supporters = try await browser.get("/staff/supporters?q=\(encoded)")
            let audit = try await browser.get(
                "/staff/audit?action=\(encoded)&recordType=\(encoded)&recordID=\(encoded)")
            let requests = try await browser.get("/staff/requests?view=\(encoded)")
            // assert
            #expect(search.status == .ok)
            #expect(!search.body.string.contains("$2b$"))
            #expect(supporters.status == .ok)
            #expect(audit.status == .ok)
            #expect(requests.status == .ok)
            #expect(try await BeneficiaryRepository(database: app.db).count() == 1)
        }
    }

    @Test("each portal page with its stylesheet stays under 50 KB, for a cheap phone on a slow connection")
    func portalPagesAreLight() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let browser = try await PortalTests.signedIn(app, beneficiary)
            let css = try await browser.get("/assets/manarat.css").body.readableBytes
            // act
            var sizes: [String: Int] = [:]
            for path in [
                "/portal", "/portal/apply", "/portal/profile", "/portal/my-data", "/services", "/contact", "/",
            ] {
                sizes[path] = try await browser.get(path).body.readableBytes
            }
            // assert
            for (path, size) in sizes {
                #expect(size + css < 50_000, "\(path): \(size) + \(css) bytes")
            }
        }
    }

    @Test(
        "a supporter's message from the public contact form becomes a supporter with the message logged, due for follow-up"
    )
    func contactForm() async throws {
        try await withApp { app, _ in
            // setup
            let visitor = TestBrowser(app: app)
            try await visitor.get("/contact")
            // act
            let sent = try await visitor.post(
                "/contact",
                form: [
                    ("name", "عبدالعزيز السالم"), ("organization", "مؤسسة البر الخيرية"),
                    ("email", "partners@example.org"), ("message", "نرغب في كفالة عشرين يتيمًا"),
                ])
            let missing = try await visitor.post("/contact", form: [("name", "x"), ("message", "")])
            // assert
            #expect(sent.status == .seeOther)
            #expect(missing.status == .unprocessableEntity)
            let supporter = try #require(try await SupporterRepository(database: app.db).search("البر").first)
            #expect(supporter.kind == .organization)
            #expect(supporter.contactPerson == "عبدالعزيز السالم")
            let contacts = try await ContactRepository(database: app.db).contacts(of: .supporter, id: supporter.id)
            #expect(contacts.first?.summary == "نرغب في كفالة عشرين يتيمًا")
            #expect(contacts.first?.followUpOn == GregorianDay(year: 2023, month: 2, day: 23))
        }
    }

    @Test(
        "over a real socket, a 300 KB document and a long Arabic suggestion pass the form check and are saved; a body over the limit gets 413"
    )
    func streamedBodiesAreCollectedBeforeTheTokenIsRead() async throws {
        try await withApp(configure: { $0.uploadMaxBytes = 1024 * 1024 }) { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(
                app, documents: [DocumentRequirement(kind: .lease, mustBeValidAtSubmission: false)])
            let desk = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let (id, path) = try await RequestLifecycleTests.draft(desk, beneficiary: beneficiary, type: type)
            // The same session over a real socket: the client sends each body in one piece, and the
            // server reads a large one in several parts.
            let browser = try TestBrowser(app: app, method: .running(hostname: "127.0.0.1", port: freeLoopbackPort()))
            for (name, value) in desk.cookies { browser.setCookie(name, value) }
            try await browser.get(path)
            let document = Fixtures.pdfBytes + Array(repeating: 0x20, count: 300 * 1024)
            let oversized = Fixtures.pdfBytes + Array(repeating: 0x20, count: 3 * 1024 * 1024)
            let text = String(repeating: "اقتراح بتمديد ساعات العمل في الفرع ", count: 100)
            // act
            let uploaded = try await browser.postMultipart(
                path + "/documents", form: [("kind", "lease")],
                files: [.init(field: "file", filename: "lease.pdf", contentType: "application/pdf", bytes: document)])
            let tooLarge = try await browser.postMultipart(
                path + "/documents", form: [("kind", "lease")],
                files: [.init(field: "file", filename: "lease.pdf", contentType: "application/pdf", bytes: oversized)])
            try await browser.get("/staff/feedback/new")
            let long = try await browser.post(
                "/staff/feedback/new",
                form: [("kind", "suggestion"), ("channel", "phone"), ("text", text), ("phone", "0551234567")])
            // assert
            #expect(uploaded.status != .forbidden)
            #expect(
                try await RequestDocumentRepository(database: app.db).documents(of: id).map(\.size) == [document.count])
            #expect(tooLarge.status == .payloadTooLarge)
            #expect(long.status != .forbidden)
            #expect(
                try await FeedbackRepository(database: app.db).list(openOnly: false).contains {
                    $0.text == text.trimmingCharacters(in: .whitespaces)
                })
        }
    }

    @Test("a quote typed into a search, a form field or the address cannot end an attribute and start markup")
    func attributeValuesAreEscaped() async throws {
        try await withApp { app, _ in
            // setup
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let payload = "\"><b id=\"injected\">x</b>"
            let encoded = payload.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            // act
            let search = try await relations.get("/staff/requests?q=" + encoded)
            let registry = try await relations.get("/staff/beneficiaries?q=" + encoded)
            let signIn = try await TestBrowser(app: app).get("/staff/sign-in?next=" + encoded)
            // assert
            for page in [search, registry, signIn] {
                #expect(page.status == .ok)
                #expect(!page.body.string.contains("<b id=\"injected\">"))
            }
            #expect(search.body.string.contains("value=\"&quot;&gt;&lt;b id=&quot;injected&quot;&gt;x&lt;/b&gt;\""))
        }
    }

    @Test(
        "no identity number, mobile or one-time code reaches the log at the production level, even when a request fails"
    )
    func personalDataStaysOutOfTheLog() async throws {
        try await withApp { app, _ in
            // setup: marker values, logged through a capture at the default level
            let capture = LogCapture()
            app.logger = capture.logger(level: .info)
            let identity = "1012345672"
            let mobile = "0501234567"
            let browser = TestBrowser(app: app)
            try await browser.get("/portal/register")
            // act
            try await browser.post(
                "/portal/register",
                form: [
                    ("identityType", "nationalID"), ("identityNumber", identity), ("firstName", "مريم"),
                    ("fatherName", "علي"), ("familyName", "الحربي"), ("phone", mobile), ("city", "جدة"),
                    ("consent", "on"),
                ])
            try await browser.get("/portal/code")
            let code = try #require(try await PortalTests.lastCode(app, phone: "+966501234567"))
            try await browser.post("/portal/code", form: [("code", "000000")])
            try await browser.post("/portal/code", form: [("code", code)])
            try await browser.get("/portal/requests/\(UUID().uuidString.lowercased())")
            let staff = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            try await staff.get("/staff/beneficiaries?q=" + identity)
            try await staff.get("/staff/beneficiaries?q=" + mobile)
            // assert
            let log = capture.text
            #expect(!log.isEmpty)
            #expect(!log.contains(identity))
            #expect(!log.contains("501234567"))
            #expect(!log.contains(code))
        }
    }
}

@Suite("A database that stops answering")
struct DeadlineTests {
    @Test(
        "a complaint sent while the database is held by another writer is answered 503 with a retry hint before the database comes back, is not saved behind that answer, and goes through when sent again"
    )
    func answeredWithinTheDeadline() async throws {
        try await withApp(configure: { $0.requestDeadlineSeconds = 3 }) { app, _ in
            // setup
            let visitor = TestBrowser(app: app)
            try await visitor.get("/feedback")
            let held = AsyncStream<Void>.makeStream()
            let release = AsyncStream<Void>.makeStream()
            let holder = Task {
                try await app.db.withConnection { connection in
                    let sql = connection as! any SQLDatabase
                    if connection.isSQLite {
                        try await sql.raw("BEGIN IMMEDIATE").run()
                    } else {
                        try await sql.raw("BEGIN").run()
                        try await sql.raw("LOCK TABLE rate_limits, feedback IN ACCESS EXCLUSIVE MODE").run()
                    }
                    held.continuation.yield()
                    for await _ in release.stream { break }
                    try await sql.raw("ROLLBACK").run()
                }
            }
            for await _ in held.stream { break }
            // act
            let stalled = try await visitor.post(
                "/feedback", form: [("kind", "suggestion"), ("text", "اقتراح أثناء انشغال قاعدة البيانات")])
            release.continuation.yield()
            try await holder.value
            // The request that overran may still reach the database once it is free: give it the time.
            try await Task.sleep(for: .milliseconds(800))
            let savedBehindTheAnswer = try await FeedbackRepository(database: app.db).list(openOnly: true).count
            let again = try await visitor.post(
                "/feedback", form: [("kind", "suggestion"), ("text", "اقتراح أثناء انشغال قاعدة البيانات")])
            // assert
            #expect(stalled.status == .serviceUnavailable)
            #expect(stalled.headers.first(name: .retryAfter) == "30")
            #expect(stalled.body.string.contains("الخدمة غير متاحة مؤقتًا"))
            #expect(savedBehindTheAnswer == 0)
            #expect(again.status == .seeOther)
            #expect(try await FeedbackRepository(database: app.db).list(openOnly: true).count == 1)
        }
    }
}
