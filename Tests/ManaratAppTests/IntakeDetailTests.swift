import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Intake details the policy asks of the employee")
struct IntakeDetailTests {
    @Test("an identity copy carrying another person's number keeps the request incomplete with that reason")
    func identityIsMatched() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app, identity: "1000000008")
            let type = try await Fixtures.requestType(
                app, documents: [DocumentRequirement(kind: .identityCopy, mustBeValidAtSubmission: true)])
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let (id, path) = try await RequestLifecycleTests.draft(relations, beneficiary: beneficiary, type: type)
            try await relations.get(path)
            try await relations.postMultipart(
                path + "/documents",
                form: [
                    ("kind", "identityCopy"), ("identityNumber", "1012345672"), ("expiresOn", "1/1/1450"),
                    ("expiresOnCalendar", "hijri"),
                ],
                files: [
                    .init(field: "file", filename: "id.pdf", contentType: "application/pdf", bytes: Fixtures.pdfBytes)
                ])
            try await RequestLifecycleTests.attest(relations, path: path)
            try await relations.get(path)
            // act
            try await relations.post(path + "/submit", form: [])
            let page = try await relations.get(path)
            // assert
            #expect(try await RequestLifecycleTests.status(app, id) == .incomplete)
            #expect(page.body.string.contains("رقم الهوية في الطلب لا يطابق ملف المستفيد"))
        }
    }

    @Test(
        "an identity copy is taken only with the number printed on it, at the desk and in the portal, with the reason next to the field"
    )
    func identityCopyNeedsItsNumber() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app, identity: "1000000008")
            let type = try await Fixtures.requestType(
                app, documents: [DocumentRequirement(kind: .identityCopy, mustBeValidAtSubmission: true)])
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let (id, path) = try await RequestLifecycleTests.draft(relations, beneficiary: beneficiary, type: type)
            try await relations.get(path)
            let portal = try await PortalTests.signedIn(app, beneficiary)
            try await portal.get("/portal/requests/\(id.uuidString.lowercased())")
            // act
            let atDesk = try await relations.postMultipart(
                path + "/documents",
                form: [("kind", "identityCopy"), ("expiresOn", "1/1/1450"), ("expiresOnCalendar", "hijri")],
                files: [
                    .init(field: "file", filename: "id.pdf", contentType: "application/pdf", bytes: Fixtures.pdfBytes)
                ])
            let inPortal = try await portal.postMultipart(
                "/portal/requests/\(id.uuidString.lowercased())/documents",
                form: [
                    ("kind", "identityCopy"), ("identityNumber", ""), ("expiresOn", "1/1/1450"),
                    ("expiresOnCalendar", "hijri"),
                ],
                files: [
                    .init(field: "file", filename: "id.pdf", contentType: "application/pdf", bytes: Fixtures.pdfBytes)
                ])
            let withNumber = try await portal.postMultipart(
                "/portal/requests/\(id.uuidString.lowercased())/documents",
                form: [
                    ("kind", "identityCopy"), ("identityNumber", "١٠٠٠٠٠٠٠٠٨"), ("expiresOn", "1/1/1450"),
                    ("expiresOnCalendar", "hijri"),
                ],
                files: [
                    .init(field: "file", filename: "id.pdf", contentType: "application/pdf", bytes: Fixtures.pdfBytes)
                ])
            // assert
            #expect(atDesk.status == .unprocessableEntity)
            #expect(atDesk.body.string.contains("اكتب رقم الهوية كما هو مدون في الصورة."))
            #expect(inPortal.status == .unprocessableEntity)
            #expect(inPortal.body.string.contains("اكتب رقم الهوية كما هو مدون في الصورة."))
            #expect(withNumber.status == .seeOther)
            let documents = try await RequestDocumentRepository(database: app.db).documents(of: id)
            #expect(documents.map(\.identityNumber) == ["1000000008"])
        }
    }

    @Test(
        "the document size limit is a setting: a file over it is refused next to the field with the limit in the message, one under it is taken"
    )
    func uploadLimitIsConfigurable() async throws {
        try await withApp(configure: { $0.uploadMaxBytes = 1024 * 1024 }) { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(
                app, documents: [DocumentRequirement(kind: .lease, mustBeValidAtSubmission: false)])
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let (id, path) = try await RequestLifecycleTests.draft(relations, beneficiary: beneficiary, type: type)
            try await relations.get(path)
            let large = Fixtures.pdfBytes + Array(repeating: 0x20, count: 1024 * 1024)
            // act
            let refused = try await relations.postMultipart(
                path + "/documents", form: [("kind", "lease")],
                files: [.init(field: "file", filename: "lease.pdf", contentType: "application/pdf", bytes: large)])
            let taken = try await relations.postMultipart(
                path + "/documents", form: [("kind", "lease")],
                files: [
                    .init(
                        field: "file", filename: "lease.pdf", contentType: "application/pdf", bytes: Fixtures.pdfBytes)
                ])
            // assert
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("الملف أكبر من ١ ميجابايت."))
            #expect(taken.status == .seeOther)
            #expect(try await RequestDocumentRepository(database: app.db).documents(of: id).count == 1)
        }
    }

    @Test(
        "while a request waits on the applicant, both pages say since when the clock stopped and the answer day if the papers came today"
    )
    func pausedClockIsShownLive() async throws {
        try await withApp { app, harness in
            // setup: submitted and found incomplete on Tuesday 21 February 2023
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(
                app, documents: [DocumentRequirement(kind: .lease, mustBeValidAtSubmission: false)])
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let (id, path) = try await RequestLifecycleTests.draft(relations, beneficiary: beneficiary, type: type)
            try await RequestLifecycleTests.attest(relations, path: path)
            try await relations.get(path)
            try await relations.post(path + "/submit", form: [])
            #expect(try await RequestLifecycleTests.status(app, id) == .incomplete)
            harness.clock.advance(by: 7 * 86_400)
            let staff = TestBrowser(app: app)
            try await staff.signIn(username: "relations", password: Fixtures.password)
            let portal = try await PortalTests.signedIn(app, beneficiary)
            // act
            let staffPage = try await staff.get(path)
            let portalPage = try await portal.get("/portal/requests/\(id.uuidString.lowercased())")
            // assert: ten working days counted from Wednesday 1 March, the day after today, end on 14 March
            for page in [staffPage, portalPage] {
                let text = page.body.string.replacingOccurrences(of: "\u{00A0}", with: " ")
                #expect(text.contains("الوقت متوقف منذ"))
                #expect(text.contains("٢١ فبراير ٢٠٢٣"))
                #expect(text.contains("١٤ مارس ٢٠٢٣"))
            }
        }
    }

    @Test(
        "a field the applicant left empty is filled in at the desk: the request is registered, the change audited, and a stale form is refused"
    )
    func missingFieldCompletedAtTheDesk() async throws {
        try await withApp { app, _ in
            // setup: a type with a required field, submitted without it
            let beneficiary = try await Fixtures.beneficiary(app)
            var type = try await Fixtures.requestType(app)
            type.requiredFields = [RequestField(key: "hospital", labelArabic: "اسم المستشفى", labelEnglish: "Hospital")]
            try await RequestTypeRepository(database: app.db).save(type)
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let (id, path) = try await RequestLifecycleTests.draft(relations, beneficiary: beneficiary, type: type)
            try await RequestLifecycleTests.attest(relations, path: path)
            try await relations.get(path)
            try await relations.post(path + "/submit", form: [])
            #expect(try await RequestLifecycleTests.status(app, id) == .incomplete)
            let version = try #require(try await RequestRepository(database: app.db).find(id: id)).version
            // act
            let form = try await relations.get(path + "/edit")
            let saved = try await relations.post(
                path + "/edit",
                form: [
                    ("version", String(version)), ("field_hospital", "مستشفى الملك فهد"), ("details", "علاج طبيعي"),
                    ("amountRequested", "2500"),
                ])
            let stale = try await relations.post(
                path + "/edit",
                form: [
                    ("version", String(version)), ("field_hospital", "غيره"), ("details", "x"),
                    ("amountRequested", "1"),
                ])
            // assert
            #expect(form.status == .ok)
            #expect(form.body.string.contains("اسم المستشفى"))
            #expect(saved.status == .seeOther)
            let request = try #require(try await RequestRepository(database: app.db).find(id: id))
            #expect(request.status == .registered)
            #expect(request.fieldValues["hospital"] == "مستشفى الملك فهد")
            #expect(stale.status == .conflict)
            #expect(
                try await RequestRepository(database: app.db).find(id: id)?.fieldValues["hospital"]
                    == "مستشفى الملك فهد")
            #expect(
                try await AuditLog(database: app.db).browse(
                    AuditFilter(actionPrefix: "request.edit", recordID: id.uuidString), page: 1, perPage: 5
                ).entries.count == 1)
        }
    }

    @Test(
        "the researcher sets the home visit's day: the applicant is told at once and sees it on the timeline; a past day is refused"
    )
    func visitIsScheduled() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(app)
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let researcherMember = try await Fixtures.staff(app, username: "researcher", roles: [.researcher])
            let researcher = TestBrowser(app: app)
            try await researcher.signIn(username: "researcher", password: Fixtures.password)
            let (id, path) = try await RequestLifecycleTests.draft(relations, beneficiary: beneficiary, type: type)
            try await RequestLifecycleTests.attest(relations, path: path)
            try await relations.get(path)
            try await relations.post(path + "/submit", form: [])
            try await relations.post(
                path + "/referral", form: [("researcherID", researcherMember.id.uuidString.lowercased()), ("note", "")])
            try await researcher.get(path)
            // act
            let past = try await researcher.post(
                path + "/visit", form: [("visitOn", "20/02/2023"), ("visitOnCalendar", "gregorian")])
            let scheduled = try await researcher.post(
                path + "/visit", form: [("visitOn", "10/8/1444"), ("visitOnCalendar", "hijri")])
            let notOwner = try await relations.post(
                path + "/visit", form: [("visitOn", "10/8/1444"), ("visitOnCalendar", "hijri")])
            let portal = try await PortalTests.signedIn(app, beneficiary)
            let timeline = try await portal.get("/portal/requests/\(id.uuidString.lowercased())")
            // assert
            #expect(past.status == .unprocessableEntity)
            #expect(past.body.string.contains("اختر يومًا من اليوم فصاعدًا."))
            #expect(scheduled.status == .seeOther)
            #expect(notOwner.status == .forbidden)
            let text = timeline.body.string.replacingOccurrences(of: "\u{00A0}", with: " ")
            #expect(text.contains("حُدد موعد الزيارة المنزلية"))
            #expect(text.contains("الزيارة يوم ١٠ شعبان ١٤٤٤ هـ"))
            let notices = try await OutboxRepository(database: app.db).inbox(beneficiaryID: beneficiary.id, limit: 20)
            #expect(notices.contains { $0.body.contains("سيزورك الباحث الاجتماعي") })
        }
    }

    @Test(
        "a question the employee cannot answer is referred to a researcher, recorded as a contact, and waits on the researcher's desk"
    )
    func questionReferredToResearcher() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let researcherMember = try await Fixtures.staff(app, username: "researcher", roles: [.researcher])
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let researcher = TestBrowser(app: app)
            try await researcher.signIn(username: "researcher", password: Fixtures.password)
            let path = "/staff/beneficiaries/\(beneficiary.id.uuidString.lowercased())"
            try await relations.get(path)
            // act
            let logged = try await relations.post(
                path + "/contacts",
                form: [
                    ("channel", "interview"), ("direction", "incoming"),
                    ("summary", "يسأل عن شروط الكفالة للأيتام من غير السعوديين"),
                    ("referTo", researcherMember.id.uuidString.lowercased()),
                ])
            let desk = try await researcher.get("/staff")
            // assert
            #expect(logged.status == .seeOther)
            let contact = try #require(
                try await ContactRepository(database: app.db).contacts(of: .beneficiary, id: beneficiary.id).first)
            #expect(contact.referredTo == researcherMember.id)
            #expect(desk.body.string.contains("استفسارات أحيلت إليك"))
            #expect(desk.body.string.contains("يسأل عن شروط الكفالة"))
        }
    }

    @Test("identities expiring within 30 days are listed on the relations employee's desk, with both dates")
    func expiringIdentities() async throws {
        try await withApp { app, _ in
            // setup
            var soon = try await Fixtures.beneficiary(app, first: "سلمى", identity: "1000000008")
            soon.identityExpiresOn = GregorianDay(year: 2023, month: 3, day: 10)
            try await BeneficiaryRepository(database: app.db).update(soon, at: Date())
            var later = try await Fixtures.beneficiary(
                app, first: "هند", identity: "1012345672", phone: "+966501112222")
            later.identityExpiresOn = GregorianDay(year: 2023, month: 6, day: 1)
            try await BeneficiaryRepository(database: app.db).update(later, at: Date())
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            // act
            let desk = try await relations.get("/staff")
            // assert
            #expect(desk.body.string.contains("هويات تنتهي خلال ٣٠ يومًا"))
            #expect(desk.body.string.contains("سلمى"))
            #expect(!desk.body.string.contains("هند"))
            #expect(desk.body.string.contains("١٠\u{00A0}مارس\u{00A0}٢٠٢٣م"))
        }
    }
}
