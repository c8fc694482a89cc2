import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Satisfaction surveys: one-tap links, answered once, figures in aggregate")
struct SurveyTests {
    /// A portal question answered by a relations employee; returns the survey link the beneficiary was sent.
    static func answeredInquiry(_ app: Application, _ beneficiary: Beneficiary, staffName: String = "relations")
        async throws -> (link: String, staff: TestBrowser)
    {
        let portal = try await PortalTests.signedIn(app, beneficiary)
        try await portal.get("/portal/ask")
        try await portal.post(
            "/portal/ask", form: [("category", "documents"), ("question", "هل يكفي تعريف الراتب القديم؟")])
        let inquiry = try #require(
            try await InquiryRepository(database: app.db).list(beneficiaryID: beneficiary.id, openOnly: false).first)
        let staff = try await RequestLifecycleTests.signedIn(app, staffName, [.relations])
        try await staff.get("/staff/inquiries/\(inquiry.id.uuidString.lowercased())")
        try await staff.post(
            "/staff/inquiries/\(inquiry.id.uuidString.lowercased())/answer", form: [("answer", "يلزم تعريف راتب حديث.")]
        )
        let invitation = try #require(
            try await OutboxRepository(database: app.db).inbox(beneficiaryID: beneficiary.id, limit: 10).first {
                $0.event == .surveyInvitation
            })
        let link = try #require(invitation.body.split(separator: " ").last { $0.contains("/survey/") })
        return (String(link[link.range(of: "/survey/")!.lowerBound...]), staff)
    }

    @Test(
        "an answered inquiry sends a one-tap survey link: it works once without signing in, a second answer gets a clear message, a tampered token gets 404"
    )
    func linkWorksOnce() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let (link, _) = try await Self.answeredInquiry(app, beneficiary)
            let stranger = TestBrowser(app: app)
            // act
            let form = try await stranger.get(link)
            let empty = try await stranger.post(link, form: [("comment", "")])
            let answered = try await stranger.post(link, form: [("rating", "٥"), ("comment", "الرد كان واضحًا وسريعًا")])
            try await stranger.get(link)
            let again = try await stranger.post(link, form: [("rating", "1")])
            let tampered = try await stranger.get(String(link.dropLast(2)) + "xx")
            // assert
            #expect(form.status == .ok)
            #expect(form.body.string.contains("type=\"radio\""))
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.body.string.contains("اختر تقييمًا من ١ إلى ٥"))
            #expect(answered.status == .ok)
            #expect(again.status == .conflict)
            #expect(again.body.string.contains("سبق أن قُيّمت"))
            #expect(tampered.status == .notFound)
            let outcomes = try await SurveyRepository(database: app.db).outcomes(
                from: .distantPast, until: .distantFuture)
            #expect(outcomes.map(\.rating) == [5])
        }
    }

    @Test(
        "an unanswered survey is reminded once after three days with a new link; both links work until the 14 days end, then say it expired"
    )
    func expiryAndReminder() async throws {
        try await withApp { app, harness in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let (link, _) = try await Self.answeredInquiry(app, beneficiary)
            let browser = TestBrowser(app: app)
            // act
            harness.clock.advance(by: 4 * 86_400)
            try await app.runScheduledNotifications()
            try await app.runScheduledNotifications()
            let reminders = try await OutboxRepository(database: app.db).inbox(beneficiaryID: beneficiary.id, limit: 20)
                .filter { $0.event == .surveyReminder }
            let oldLink = try await browser.get(link)
            let newWord = try #require(reminders.first?.body.split(separator: " ").last { $0.contains("/survey/") })
            let newLink = String(newWord[newWord.range(of: "/survey/")!.lowerBound...])
            let fresh = try await browser.get(newLink)
            harness.clock.advance(by: 11 * 86_400)
            let late = try await browser.get(newLink)
            // assert
            #expect(reminders.count == 1)
            #expect(oldLink.status == .ok)
            #expect(fresh.status == .ok)
            #expect(late.status == .gone)
            #expect(late.body.string.contains("انتهت صلاحية"))
        }
    }

    @Test(
        "figures are shown in aggregate to quality, without names; each employee sees only their own, and a quality officer cannot open another's"
    )
    func aggregateAndOwnFigures() async throws {
        try await withApp { app, _ in
            // setup
            let first = try await Fixtures.beneficiary(app)
            let second = try await Fixtures.beneficiary(
                app, first: "سارة", identity: "1000000016", phone: "+966551234568")
            let (linkA, employee) = try await Self.answeredInquiry(app, first, staffName: "relations-a")
            let (linkB, _) = try await Self.answeredInquiry(app, second, staffName: "relations-b")
            let visitor = TestBrowser(app: app)
            try await visitor.get(linkA)
            try await visitor.post(linkA, form: [("rating", "5"), ("comment", "خدمة ممتازة")])
            try await visitor.get(linkB)
            try await visitor.post(linkB, form: [("rating", "2"), ("comment", "تأخر الرد")])
            let quality = try await RequestLifecycleTests.signedIn(app, "quality", [.quality])
            let employeeRecord = try #require(
                try await StaffRepository(database: app.db).all().first { $0.username == "relations-a" })
            // act
            let results = try await quality.get("/staff/satisfaction")
            let own = try await employee.get("/staff/account/satisfaction")
            let peek = try await quality.get("/staff/account/satisfaction?staff=\(employeeRecord.id.uuidString)")
            let otherBranch = try await Fixtures.branch(app, code: "JED", nameArabic: "فرع جدة")
            try await Fixtures.staff(app, username: "admin-jed", roles: [.admin], branchID: otherBranch.id)
            let adminElsewhere = TestBrowser(app: app)
            try await adminElsewhere.signIn(username: "admin-jed", password: Fixtures.password)
            let foreignManager = try await adminElsewhere.get(
                "/staff/account/satisfaction?staff=\(employeeRecord.id.uuidString)")
            let manager = try await RequestLifecycleTests.signedIn(app, "admin-all", [.admin])
            let managed = try await manager.get("/staff/account/satisfaction?staff=\(employeeRecord.id.uuidString)")
            let relationsResults = try await employee.get("/staff/satisfaction")
            let dashboard = try await quality.get("/staff/dashboard")
            let csv = try await quality.get("/staff/satisfaction?csv=service")
            let laterRange = try await quality.get(
                "/staff/satisfaction?from=1/1/1445&fromCalendar=hijri&to=1/1/1446&toCalendar=hijri")
            // assert
            #expect(results.status == .ok)
            #expect(results.body.string.contains("٥٠٪"))
            #expect(results.body.string.contains("خدمة ممتازة"))
            #expect(results.body.string.contains("فبراير ٢٠٢٣م (رجب – شعبان ١٤٤٤ هـ)"))
            #expect(!results.body.string.contains("سارة"))
            #expect(!results.body.string.contains("relations-a"))
            #expect(own.status == .ok)
            #expect(own.body.string.contains("١٠٠٪"))
            #expect(peek.status == .forbidden)
            #expect(foreignManager.status == .forbidden)
            #expect(managed.status == .ok)
            #expect(managed.body.string.contains("١٠٠٪"))
            #expect(relationsResults.status == .forbidden)
            #expect(dashboard.status == .ok)
            #expect(csv.headers.first(name: .contentType)?.hasPrefix("text/csv") == true)
            #expect(csv.body.string.hasPrefix("\u{FEFF}"))
            #expect(csv.body.string.contains("الاستفسارات,2,2,50,3.5,100"))
            #expect(results.body.string.contains("csv=service"))
            #expect(dashboard.body.string.contains("٥٠٪"))
            #expect(laterRange.status == .ok)
            #expect(!laterRange.body.string.contains("خدمة ممتازة"))
            #expect(laterRange.body.string.contains("١\u{00A0}محرم\u{00A0}١٤٤٥"))
        }
    }

    @Test(
        "an administrator adds questions to a survey; the survey shows them; malformed lines are refused with a message"
    )
    func adminDefinesQuestions() async throws {
        try await withApp { app, _ in
            // setup
            let admin = try await RequestLifecycleTests.signedIn(app, "admin", [.admin])
            let beneficiary = try await Fixtures.beneficiary(app)
            try await admin.get("/staff/admin/surveys/inquiry")
            // act
            let refused = try await admin.post(
                "/staff/admin/surveys/inquiry",
                form: [
                    ("titleArabic", "تقييم الرد"), ("titleEnglish", "Rate the answer"), ("questions", "سؤال بلا ترجمة"),
                    ("active", "on"),
                ])
            let saved = try await admin.post(
                "/staff/admin/surveys/inquiry",
                form: [
                    ("titleArabic", "تقييم الرد"), ("titleEnglish", "Rate the answer"),
                    ("questions", "هل كان الرد واضحًا؟ | Was the answer clear?"), ("active", "on"),
                ])
            let (link, _) = try await Self.answeredInquiry(app, beneficiary)
            let page = try await TestBrowser(app: app).get(link)
            // assert
            #expect(refused.status == .unprocessableEntity)
            #expect(saved.status == .seeOther)
            #expect(page.body.string.contains("هل كان الرد واضحًا؟"))
            #expect(page.body.string.contains("تقييم الرد"))
            let audited = try await AuditLog(database: app.db).browse(
                AuditFilter(recordType: "survey"), page: 1, perPage: 10
            ).entries.map(\.action)
            #expect(audited == ["survey.save"])
        }
    }
}
