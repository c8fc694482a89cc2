import Fluent
import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("The beneficiary portal")
struct PortalTests {
    /// The code the development sender recorded for this phone, newest first, once the outbox worker sent it.
    static func lastCode(_ app: Application, phone: String) async throws -> String? {
        try await app.drainOutbox()
        let isCode = { (body: String) in body.contains("رمز الدخول") || body.contains("portal code") }
        let message = try await PortalRepository(database: app.db).messages().first {
            $0.address == phone && isCode($0.body)
        }
        return message.map {
            String($0.body.unicodeScalars.filter { CharacterSet.decimalDigits.contains($0) && $0.isASCII }.prefix(6))
        }
    }

    /// Signs `beneficiary` in through the code flow and returns the browser.
    static func signedIn(_ app: Application, _ beneficiary: Beneficiary) async throws -> TestBrowser {
        let browser = TestBrowser(app: app)
        try await browser.get("/portal/sign-in")
        try await browser.post(
            "/portal/sign-in",
            form: [("identityNumber", beneficiary.identity.value), ("phone", "0" + beneficiary.phones[0].dropFirst(4))])
        try await browser.get("/portal/code")
        let code = try #require(try await lastCode(app, phone: beneficiary.phones[0]))
        try await browser.post("/portal/code", form: [("code", code)])
        return browser
    }

    @Test("a new applicant registers, gets the code by SMS (recorded for admins), signs in and lands on their requests")
    func registerAndSignIn() async throws {
        try await withApp { app, _ in
            // setup
            let browser = TestBrowser(app: app)
            try await browser.get("/portal/register")
            // act
            let registered = try await browser.post(
                "/portal/register",
                form: [
                    ("identityType", "nationalID"), ("identityNumber", "١٠١٢٣٤٥٦٧٢"), ("firstName", "مريم"),
                    ("fatherName", "علي"), ("familyName", "الحربي"), ("phone", "0501234567"), ("city", "جدة"),
                    ("consent", "on"),
                ])
            let codePage = try await browser.get("/portal/code")
            let code = try #require(try await Self.lastCode(app, phone: "+966501234567"))
            let signedIn = try await browser.post("/portal/code", form: [("code", code)])
            let home = try await browser.get("/portal")
            // assert
            #expect(registered.status == .seeOther)
            #expect(codePage.body.string.contains("أدخل رمز التحقق"))
            #expect(signedIn.headers.first(name: .location) == "/portal")
            #expect(home.status == .ok)
            #expect(home.body.string.contains("أهلًا مريم"))
            let stored = try #require(
                try await BeneficiaryRepository(database: app.db).search("1012345672", page: 1, perPage: 1).rows.first)
            #expect(try await BeneficiaryRepository(database: app.db).consent(of: stored.id)?.channel == .website)
        }
    }

    @Test("known and unknown identity numbers get the same answer; only the real owner's phone receives a code")
    func sameAnswerForUnknown() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let known = TestBrowser(app: app)
            let unknown = TestBrowser(app: app)
            let wrongPhone = TestBrowser(app: app)
            for browser in [known, unknown, wrongPhone] { try await browser.get("/portal/sign-in") }
            // act
            let a = try await known.post(
                "/portal/sign-in", form: [("identityNumber", beneficiary.identity.value), ("phone", "0551234567")])
            let b = try await unknown.post(
                "/portal/sign-in", form: [("identityNumber", "1987654322"), ("phone", "0551234567")])
            let c = try await wrongPhone.post(
                "/portal/sign-in", form: [("identityNumber", beneficiary.identity.value), ("phone", "0559999999")])
            try await app.drainOutbox()
            let messages = try await PortalRepository(database: app.db).messages()
            // assert
            #expect([a.status, b.status, c.status] == [.seeOther, .seeOther, .seeOther])
            #expect(Set([a, b, c].map { $0.headers.first(name: .location) }) == ["/portal/code"])
            #expect(messages.count == 1)
            #expect(messages.first?.address == "+966551234567")
        }
    }

    @Test(
        "a code is sent at most three times a quarter-hour for one number, and to at most ten numbers from one address; the next asks to wait and sends nothing"
    )
    func codeSendingIsLimited() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let browser = TestBrowser(app: app)
            try await browser.get("/portal/sign-in")
            func validIdentity(_ number: Int) -> String {
                let body = "1" + String(format: "%08d", 40_000_000 + number)
                return (0...9).map { body + String($0) }.first {
                    (try? IdentityNumber.parse($0, type: .nationalID).get()) != nil
                }!
            }
            // act: three codes for the beneficiary, then a fourth
            var sends: [HTTPStatus] = []
            for _ in 1...4 {
                try await browser.get("/portal/sign-in")
                sends.append(
                    try await browser.post(
                        "/portal/sign-in",
                        form: [("identityNumber", beneficiary.identity.value), ("phone", "0551234567")]
                    ).status)
            }
            let fourth = browser.lastBody
            try await app.drainOutbox()
            let sentToOwner = try await PortalRepository(database: app.db).messages().count
            // act: other numbers from the same address, up to its limit of ten sends in all
            var others: [HTTPStatus] = []
            for number in 1...8 {
                try await browser.get("/portal/sign-in")
                others.append(
                    try await browser.post(
                        "/portal/sign-in", form: [("identityNumber", validIdentity(number)), ("phone", "0550000000")]
                    ).status)
            }
            // assert
            #expect(sends == [.seeOther, .seeOther, .seeOther, .tooManyRequests])
            #expect(fourth.contains("طلبت رموزًا كثيرة. انتظر ١٥ دقيقة ثم حاول مرة أخرى."))
            #expect(sentToOwner == 3)
            // Four requests already came from this address (the refused one counts too): six more are sent.
            #expect(Array(others.prefix(6)) == Array(repeating: .seeOther, count: 6))
            #expect(Array(others.suffix(2)) == [.tooManyRequests, .tooManyRequests])
        }
    }

    @Test("five wrong codes leave no tries; the sixth locks the number with a clear message, even for the right code")
    func sixthWrongCodeLocks() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let browser = TestBrowser(app: app)
            try await browser.get("/portal/sign-in")
            try await browser.post(
                "/portal/sign-in", form: [("identityNumber", beneficiary.identity.value), ("phone", "0551234567")])
            try await browser.get("/portal/code")
            let code = try #require(try await Self.lastCode(app, phone: "+966551234567"))
            let wrong = code == "000000" ? "111111" : "000000"
            // act
            var statuses: [HTTPStatus] = []
            var last = try await browser.post("/portal/code", form: [("code", wrong)])
            statuses.append(last.status)
            for _ in 2...5 {
                last = try await browser.post("/portal/code", form: [("code", wrong)])
                statuses.append(last.status)
            }
            let fifthMessage = last.body.string
            let sixth = try await browser.post("/portal/code", form: [("code", code)])
            // assert
            #expect(statuses == Array(repeating: .unauthorized, count: 5))
            #expect(fifthMessage.contains("الرمز غير صحيح، ولم تبقَ لك محاولات."))
            #expect(sixth.status == .tooManyRequests)
            #expect(sixth.body.string.contains("أُوقف الدخول بهذا الرقم مؤقتًا"))
            #expect(browser.cookies["manarat_session"] == nil)
        }
    }

    /// Beneficiaries A and B, B signed in with a draft request; returns B's browser and the request's path.
    static func twoBeneficiariesWithDraft(_ app: Application) async throws -> (
        Beneficiary, Beneficiary, TestBrowser, String
    ) {
        let a = try await Fixtures.beneficiary(app, identity: "1000000008", phone: "+966551234567")
        let b = try await Fixtures.beneficiary(app, first: "خالد", identity: "1012345672", phone: "+966501112222")
        let type = try await Fixtures.requestType(app)
        let browserB = try await signedIn(app, b)
        try await browserB.get("/portal/apply/\(type.id.uuidString.lowercased())")
        let draft = try await browserB.post(
            "/portal/apply/\(type.id.uuidString.lowercased())",
            form: [("details", "إيجار متأخر"), ("amountRequested", "2000")])
        return (a, b, browserB, try #require(draft.headers.first(name: .location)))
    }

    @Test("beneficiary A opening B's request by its URL gets 404, and the audit log shows it")
    func otherBeneficiaryGets404() async throws {
        try await withApp { app, _ in
            // setup
            let (a, _, browserB, requestPath) = try await Self.twoBeneficiariesWithDraft(app)
            let browserA = try await Self.signedIn(app, a)
            // act
            let peek = try await browserA.get(requestPath)
            try await browserA.get("/portal")
            let upload = try await browserA.postMultipart(
                requestPath + "/documents", form: [("kind", "other")],
                files: [
                    .init(field: "file", filename: "x.pdf", contentType: "application/pdf", bytes: Fixtures.pdfBytes)
                ])
            let own = try await browserB.get(requestPath)
            // assert
            #expect(peek.status == .notFound)
            #expect(upload.status == .notFound)
            #expect(own.status == .ok)
            let denied = try await AuditLog(database: app.db).browse(
                AuditFilter(actionPrefix: "portal.denied"), page: 1, perPage: 10
            ).entries
            #expect(denied.count == 2)
            #expect(denied.allSatisfy { $0.actorID == a.id })
        }
    }

    @Test(
        "applying from the portal: a draft, two documents, the attestation, then a reference number and the expected response date"
    )
    func applyWithTwoDocuments() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(
                app,
                documents: [
                    DocumentRequirement(kind: .identityCopy, mustBeValidAtSubmission: true),
                    DocumentRequirement(kind: .lease, mustBeValidAtSubmission: false),
                ])
            let browser = try await Self.signedIn(app, beneficiary)
            try await browser.get("/portal/apply/\(type.id.uuidString.lowercased())")
            let draft = try await browser.post(
                "/portal/apply/\(type.id.uuidString.lowercased())",
                form: [("details", "تأخر سداد الإيجار"), ("amountRequested", "٣٠٠٠")])
            let path = try #require(draft.headers.first(name: .location))
            try await browser.get(path)
            // act
            try await browser.postMultipart(
                path + "/documents",
                form: [
                    ("kind", "identityCopy"), ("identityNumber", "1000000008"), ("expiresOn", "1/1/1450"),
                    ("expiresOnCalendar", "hijri"),
                ],
                files: [
                    .init(
                        field: "file", filename: "هوية.jpg", contentType: "image/jpeg",
                        bytes: [0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0x11, count: 40))
                ])
            try await browser.postMultipart(
                path + "/documents", form: [("kind", "lease")],
                files: [
                    .init(field: "file", filename: "عقد.pdf", contentType: "application/pdf", bytes: Fixtures.pdfBytes)
                ])
            try await browser.post(path + "/attestation", form: [("confirmed", "on")])
            let submitted = try await browser.post(path + "/submit", form: [])
            let page = try await browser.get(try #require(submitted.headers.first(name: .location)))
            // assert
            #expect(submitted.status == .seeOther)
            #expect(page.body.string.contains("وصل طلبك."))
            let id = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
            let stored = try #require(try await RequestRepository(database: app.db).find(id: id))
            #expect(stored.status == .registered)
            #expect(stored.channel == .website)
            #expect(stored.intakeStaffID == nil)
            #expect(stored.attestation?.channel == .website)
            #expect(stored.expectedResponseOn == GregorianDay(year: 2023, month: 3, day: 7))
            #expect(page.body.string.contains(stored.reference))
            #expect(page.body.string.contains("٧\u{00A0}مارس\u{00A0}٢٠٢٣م"))
        }
    }

    @Test(
        "my data: the page and the JSON download hold my identity and requests; a deletion request starts a 30-day clock staff can see"
    )
    func myData() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let browser = try await Self.signedIn(app, beneficiary)
            try await browser.get("/portal/my-data")
            // act
            try await browser.get("/portal/ask")
            try await browser.post(
                "/portal/ask", form: [("category", "services"), ("question", "متى يصرف الدعم الشهري؟")])
            let json = try await browser.get("/portal/my-data/download.json")
            let printable = try await browser.get("/portal/my-data/download.html")
            try await browser.get("/portal/my-data")
            let requested = try await browser.post(
                "/portal/my-data/requests", form: [("kind", "deletion"), ("details", "أرجو حذف رقم جوالي القديم")])
            let staff = TestBrowser(app: app)
            try await Fixtures.staff(app, username: "quality", roles: [.quality])
            try await staff.signIn(username: "quality", password: Fixtures.password)
            let staffView = try await staff.get("/staff/data-requests")
            // assert
            #expect(json.status == .ok)
            #expect(json.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            #expect(json.body.string.contains("1000000008"))
            #expect(json.body.string.contains("متى يصرف الدعم الشهري؟"))
            #expect(json.body.string.contains("\"messages\""))
            #expect(printable.status == .ok)
            #expect(printable.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            #expect(printable.body.string.contains("1000000008"))
            #expect(printable.body.string.contains("متى يصرف الدعم الشهري؟"))
            #expect(requested.status == .seeOther)
            let open = try await PortalRepository(database: app.db).dataRequests(beneficiaryID: beneficiary.id)
            #expect(open.first?.dueOn == GregorianDay(year: 2023, month: 3, day: 23))
            #expect(staffView.body.string.contains("أرجو حذف رقم جوالي القديم"))
            #expect(staffView.body.string.contains("باقٍ ٣٠ يومًا"))
        }
    }

    @Test(
        "a data request's 30 days are extended once, only with a reason: the new due day and the reason reach the beneficiary's page, a second extension is refused with 409, and each step is audited"
    )
    func dataRequestExtendedOnce() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let browser = try await Self.signedIn(app, beneficiary)
            try await browser.get("/portal/my-data")
            try await browser.post(
                "/portal/my-data/requests", form: [("kind", "access"), ("details", "أريد نسخة من كل بياناتي")])
            let item = try #require(
                try await PortalRepository(database: app.db).dataRequests(beneficiaryID: beneficiary.id).first)
            let staff = try await RequestLifecycleTests.signedIn(app, "quality", [.quality])
            try await staff.get("/staff/data-requests")
            let path = "/staff/data-requests/\(item.id.uuidString.lowercased())/extend"
            // act
            let withoutReason = try await staff.post(path, form: [("reason", "  ")])
            let extended = try await staff.post(path, form: [("reason", "البيانات موزعة على ملفات ورقية في فرعين")])
            try await staff.get("/staff/data-requests")
            let again = try await staff.post(path, form: [("reason", "مرة ثانية")])
            let staffView = try await staff.get("/staff/data-requests")
            let portalView = try await browser.get("/portal/my-data")
            // assert
            #expect(withoutReason.status == .unprocessableEntity)
            #expect(withoutReason.body.string.contains("سبب التمديد"))
            #expect(extended.status == .seeOther)
            #expect(again.status == .conflict)
            #expect(again.body.string.contains("لا يُمدَّد إلا مرة واحدة"))
            let stored = try #require(try await PortalRepository(database: app.db).dataRequest(id: item.id))
            #expect(item.dueOn == GregorianDay(year: 2023, month: 3, day: 23))
            #expect(stored.dueOn == GregorianDay(year: 2023, month: 4, day: 22))
            #expect(stored.extensionReason == "البيانات موزعة على ملفات ورقية في فرعين")
            #expect(staffView.body.string.contains("مُدِّدت المهلة"))
            #expect(!staffView.body.string.contains("تمديد المهلة ٣٠ يومًا"))
            #expect(portalView.body.string.contains("البيانات موزعة على ملفات ورقية في فرعين"))
            let audited = try await AuditEntryModel.query(on: app.db).filter(\.$action == "data_request.extend").count()
            #expect(audited == 1)
        }
    }

    @Test(
        "every portal route that takes an id answers 404 to another beneficiary's request, inquiry or complaint, and audits each attempt"
    )
    func everyPortalRouteRefusesOthersIDs() async throws {
        try await withApp { app, _ in
            // setup
            let (a, b, browserB, requestPath) = try await Self.twoBeneficiariesWithDraft(app)
            let requestID = try #require(requestPath.split(separator: "/").last.map(String.init))
            try await browserB.get("/portal/ask")
            try await browserB.post("/portal/ask", form: [("category", "services"), ("question", "متى يصرف الدعم؟")])
            let inquiryID = try #require(
                try await InquiryRepository(database: app.db).list(beneficiaryID: b.id, openOnly: false).first?.id
                    .uuidString.lowercased())
            try await browserB.get("/feedback")
            try await browserB.post("/feedback", form: [("kind", "complaint"), ("text", "تأخر الرد على طلبي")])
            let feedbackID = try #require(
                try await FeedbackRepository(database: app.db).list(beneficiaryID: b.id, openOnly: false, limit: 5)
                    .first?.id.uuidString.lowercased())
            let idFor = ["requests": requestID, "inquiries": inquiryID, "feedback": feedbackID]
            let routes = app.routes.all.filter { route in
                route.access == .beneficiary
                    && route.path.contains { if case .parameter = $0 { return true } else { return false } }
                    && !route.path.contains(.constant("apply"))
            }
            let browserA = try await Self.signedIn(app, a)
            // act
            var answers: [String] = []
            for route in routes {
                var previous = ""
                let path =
                    "/"
                    + route.path.map { component -> String in
                        switch component {
                        case .constant(let word):
                            previous = word
                            return word
                        case .parameter: return idFor[previous] ?? "unknown"
                        default: return "x"
                        }
                    }.joined(separator: "/")
                try await browserA.get("/portal")
                let response =
                    route.method == .GET
                    ? try await browserA.get(path)
                    : try await browserA.post(path, form: [("score", "5"), ("confirmed", "on"), ("appeal", "x")])
                answers.append("\(route.method) \(path) -> \(response.status.code)")
            }
            // assert
            #expect(routes.count >= 8)
            #expect(answers.allSatisfy { $0.hasSuffix("-> 404") }, "\(answers)")
            #expect(!answers.contains { $0.contains("unknown") }, "\(answers)")
            let denied = try await AuditLog(database: app.db).browse(
                AuditFilter(actionPrefix: "portal.denied"), page: 1, perPage: 100
            ).entries
            #expect(denied.count == routes.count)
            #expect(denied.allSatisfy { $0.actorID == a.id })
        }
    }

    @Test(
        "a page renamed .pdf is refused in Arabic next to the file field, and the draft keeps everything already saved")
    func uploadErrorNextToField() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(app)
            let browser = try await Self.signedIn(app, beneficiary)
            try await browser.get("/portal/apply/\(type.id.uuidString.lowercased())")
            let draft = try await browser.post(
                "/portal/apply/\(type.id.uuidString.lowercased())",
                form: [("details", "إيجار متأخر ثلاثة أشهر"), ("amountRequested", "2000")])
            let path = try #require(draft.headers.first(name: .location))
            try await browser.get(path)
            // act
            let refused = try await browser.postMultipart(
                path + "/documents", form: [("kind", "other")],
                files: [
                    .init(
                        field: "file", filename: "lease.pdf", contentType: "application/pdf", bytes: Fixtures.htmlBytes)
                ])
            let requestID = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
            let stored = try await RequestRepository(database: app.db).find(id: requestID)
            // assert
            #expect(refused.status == .unprocessableEntity)
            let body = refused.body.string
            let field = try #require(body.range(of: "id=\"file-error\""))
            let input = try #require(body.range(of: "type=\"file\""))
            #expect(field.lowerBound < input.lowerBound)
            #expect(body.contains("aria-describedby=\"file-hint file-error\""))
            #expect(stored?.details == "إيجار متأخر ثلاثة أشهر")
            #expect(try await RequestDocumentRepository(database: app.db).documents(of: requestID).isEmpty)
        }
    }

    @Test(
        "'save and finish later' keeps a half-typed application as a draft; it is finished later and cannot be submitted before"
    )
    func draftSavedHalfway() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(app)
            let browser = try await Self.signedIn(app, beneficiary)
            try await browser.get("/portal/apply/\(type.id.uuidString.lowercased())")
            // act
            let saved = try await browser.post(
                "/portal/apply/\(type.id.uuidString.lowercased())",
                form: [("details", ""), ("amountRequested", ""), ("intent", "draft")])
            let path = try #require(saved.headers.first(name: .location))
            try await Self.attestOnly(browser, path: path)
            let early = try await browser.post(path + "/submit", form: [])
            let form = try await browser.get(path + "/edit")
            let finished = try await browser.post(
                path + "/edit",
                form: [("details", "إيجار متأخر شهرين"), ("amountRequested", "1500"), ("intent", "continue")])
            try await browser.get(path)
            let submitted = try await browser.post(path + "/submit", form: [])
            let requestID = try #require(UUID(uuidString: String(path.split(separator: "/").last!)))
            let stored = try #require(try await RequestRepository(database: app.db).find(id: requestID))
            // assert
            #expect(saved.status == .seeOther)
            #expect(early.status == .unprocessableEntity)
            #expect(form.status == .ok)
            #expect(finished.status == .seeOther)
            #expect(submitted.status == .seeOther)
            #expect(stored.details == "إيجار متأخر شهرين")
            #expect(stored.amountRequested == Money(halalas: 150_000))
            #expect(stored.status != .draft)
        }
    }

    /// Ticks the attestation on a portal request page.
    static func attestOnly(_ browser: TestBrowser, path: String) async throws {
        try await browser.get(path)
        try await browser.post(path + "/attestation", form: [("confirmed", "on")])
        try await browser.get(path)
    }
}
