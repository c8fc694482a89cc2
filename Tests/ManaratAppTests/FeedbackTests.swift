import Fluent
import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import SQLKit
import Testing
import Vapor
import VaporTesting

@Suite("Complaints and suggestions")
struct FeedbackTests {
    @Test("anyone may suggest anonymously; an anonymous complaint must leave a way to answer it")
    func anonymous() async throws {
        try await withApp { app, _ in
            // setup
            let visitor = TestBrowser(app: app)
            try await visitor.get("/feedback")
            // act
            let suggestion = try await visitor.post(
                "/feedback", form: [("kind", "suggestion"), ("text", "أتمنى توفير مواعيد مسائية في الفرع")])
            let complaintWithoutPhone = try await visitor.post(
                "/feedback", form: [("kind", "complaint"), ("text", "تأخر الرد على طلبي")])
            // assert
            #expect(suggestion.status == .seeOther)
            #expect(suggestion.headers.first(name: .location)?.contains("sent=S-1444-") == true)
            #expect(complaintWithoutPhone.status == .unprocessableEntity)
            #expect(complaintWithoutPhone.body.string.contains("للشكوى اترك رقم جوال"))
            #expect(try await FeedbackRepository(database: app.db).list(openOnly: true).count == 1)
        }
    }

    @Test(
        "the public form takes ten posts an hour from one address, refused ones included; the eleventh is refused with 429 and saves nothing, and an hour later posts are taken again"
    )
    func publicFormRateLimit() async throws {
        try await withApp { app, harness in
            // setup
            let visitor = TestBrowser(app: app)
            try await visitor.get("/feedback")
            var statuses: [HTTPStatus] = []
            for number in 1...8 {
                statuses.append(
                    try await visitor.post(
                        "/feedback", form: [("kind", "suggestion"), ("text", "اقتراح رقم \(number)")]
                    ).status)
            }
            statuses.append(try await visitor.post("/feedback", form: [("kind", "suggestion"), ("text", " ")]).status)
            statuses.append(
                try await visitor.post("/feedback", form: [("kind", "complaint"), ("text", "شكوى بلا رقم")]).status)
            // act
            let eleventh = try await visitor.post(
                "/feedback", form: [("kind", "suggestion"), ("text", "اقتراح بعد الحد")])
            let refusedInvalid = try await visitor.post("/feedback", form: [("kind", "suggestion"), ("text", "")])
            harness.clock.advance(by: 3_601)
            try await visitor.get("/feedback")
            let nextHour = try await visitor.post(
                "/feedback", form: [("kind", "suggestion"), ("text", "اقتراح في الساعة التالية")])
            // assert
            #expect(statuses == Array(repeating: .seeOther, count: 8) + [.unprocessableEntity, .unprocessableEntity])
            #expect(eleventh.status == .tooManyRequests)
            #expect(refusedInvalid.status == .tooManyRequests)
            #expect(nextHour.status == .seeOther)
            let texts = try await FeedbackRepository(database: app.db).list(openOnly: true).map(\.text)
            #expect(texts.count == 9)
            #expect(!texts.contains("اقتراح بعد الحد"))
            #expect(texts.contains("اقتراح في الساعة التالية"))
            let audited = try await AuditEntryModel.query(on: app.db).filter(\.$action == "feedback.submit").count()
            #expect(audited == 9)
        }
    }

    @Test(
        "a complaint sent just after an admin declared a holiday week is due five working days after that week, though the calendar had been read before"
    )
    func holidayEditReachesTheNextDueDay() async throws {
        try await withApp { app, _ in
            // setup: Tuesday 21 February 2023; the calendar is read (and kept) by the first complaint
            let visitor = TestBrowser(app: app)
            try await visitor.get("/feedback")
            try await visitor.post(
                "/feedback", form: [("kind", "complaint"), ("text", "الشكوى الأولى"), ("phone", "0551234567")])
            let admin = try await RequestLifecycleTests.signedIn(app, "admin", [.admin])
            try await admin.get("/staff/admin/holidays")
            try await admin.post(
                "/staff/admin/holidays",
                form: [
                    ("name", "إجازة اختبار"), ("from", "22/02/2023"), ("fromCalendar", "gregorian"),
                    ("until", "01/03/2023"), ("untilCalendar", "gregorian"),
                ])
            // act
            try await visitor.get("/feedback")
            try await visitor.post(
                "/feedback", form: [("kind", "complaint"), ("text", "الشكوى الثانية"), ("phone", "0551234567")])
            // assert
            let records = try await FeedbackRepository(database: app.db).list(openOnly: true)
            let first = try #require(records.first { $0.text == "الشكوى الأولى" })
            let second = try #require(records.first { $0.text == "الشكوى الثانية" })
            #expect(first.dueOn == GregorianDay(year: 2023, month: 2, day: 28))
            #expect(second.dueOn == GregorianDay(year: 2023, month: 3, day: 8))
        }
    }

    @Test(
        "the same rendered form sent twice (a retry after a lost answer) creates one complaint, one audit entry and one rate-limit hit, and both answers lead to it; a new form is a new complaint"
    )
    func retriedSubmissionCreatesOne() async throws {
        try await withApp { app, _ in
            // setup
            let visitor = TestBrowser(app: app)
            try await visitor.get("/feedback")
            let key = try #require(visitor.submissionKey)
            let fields = [("kind", "suggestion"), ("text", "أقترح مواعيد مسائية"), ("_submission", key)]
            // act
            let first = try await visitor.post("/feedback", form: fields)
            let retried = try await visitor.post("/feedback", form: fields)
            try await visitor.get("/feedback")
            let nextKey = try #require(visitor.submissionKey)
            let another = try await visitor.post(
                "/feedback", form: [("kind", "suggestion"), ("text", "أقترح مواعيد مسائية"), ("_submission", nextKey)])
            // assert
            #expect(first.status == .seeOther)
            #expect(retried.status == .seeOther)
            #expect(first.headers.first(name: .location) == retried.headers.first(name: .location))
            #expect(another.headers.first(name: .location) != first.headers.first(name: .location))
            #expect(nextKey != key)
            #expect(try await FeedbackRepository(database: app.db).list(openOnly: true).count == 2)
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$action == "feedback.submit").count() == 2)
            let hits = try await (app.db as! any SQLDatabase).raw(
                "SELECT hits FROM rate_limits WHERE key LIKE 'feedback-ip:%'"
            ).all().map { try $0.decode(column: "hits", as: Int.self) }
            #expect(hits == [2])
        }
    }

    @Test(
        "a complaint is closed only with a response and an improvement or a reason; the complainant sees the outcome and may appeal once"
    )
    func closeAndAppeal() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let portal = try await PortalTests.signedIn(app, beneficiary)
            try await portal.get("/feedback")
            let sent = try await portal.post(
                "/feedback", form: [("kind", "complaint"), ("text", "انتظرت ساعتين في الفرع")])
            let ownPath = try #require(sent.headers.first(name: .location))
            let record = try #require(
                try await FeedbackRepository(database: app.db).list(beneficiaryID: beneficiary.id, openOnly: false)
                    .first)
            let quality = try await RequestLifecycleTests.signedIn(app, "quality", [.quality])
            let staffPath = "/staff/feedback/\(record.id.uuidString.lowercased())"
            try await quality.get(staffPath)
            // act
            let refused = try await quality.post(staffPath + "/close", form: [("response", "نعتذر عن الانتظار")])
            try await quality.post(staffPath + "/notes", form: [("note", "راجعنا جدول الاستقبال")])
            let closed = try await quality.post(
                staffPath + "/close",
                form: [
                    ("response", "نعتذر عن الانتظار"), ("actionWhat", "فتح نافذة استقبال ثانية وقت الذروة"),
                    ("actionOwner", "مدير فرع الرياض"), ("actionOn", "1/3/2023"), ("actionOnCalendar", "gregorian"),
                ])
            let seen = try await portal.get(ownPath)
            let appealed = try await portal.post(ownPath + "/appeal", form: [("appeal", "ما زال الانتظار طويلًا")])
            try await portal.get(ownPath)
            let secondAppeal = try await portal.post(ownPath + "/appeal", form: [("appeal", "مرة أخرى")])
            // assert
            #expect(sent.status == .seeOther)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("سجّل الإجراء التحسيني المتخذ"))
            #expect(closed.status == .seeOther)
            #expect(seen.body.string.contains("فتح نافذة استقبال ثانية وقت الذروة"))
            let closedNotices = try await OutboxRepository(database: app.db).inbox(
                beneficiaryID: beneficiary.id, limit: 20
            ).filter { $0.event == .feedbackClosed }
            #expect(closedNotices.count == 1)
            #expect(appealed.status == .seeOther)
            #expect(secondAppeal.status == .conflict)
            let after = try #require(try await FeedbackRepository(database: app.db).find(id: record.id))
            #expect(after.status == .open)
            #expect(after.appeals == 1)
            #expect(after.notes.contains("راجعنا جدول الاستقبال"))
        }
    }

    @Test(
        "a complaint left open past its five working days is escalated: flagged, and a notice on each manager's desk once; closing it texts the anonymous complainant the outcome"
    )
    func escalation() async throws {
        try await withApp { app, harness in
            // setup
            let visitor = TestBrowser(app: app)
            try await visitor.get("/feedback")
            try await visitor.post(
                "/feedback", form: [("kind", "complaint"), ("text", "لم يصلني رد"), ("phone", "0551234567")])
            harness.clock.advance(by: 10 * 86_400)
            let quality = try await RequestLifecycleTests.signedIn(app, "quality", [.quality])
            let admin = try await Fixtures.staff(app, username: "admin", roles: [.admin])
            let relations = try await Fixtures.staff(app, username: "relations", roles: [.relations])
            let record = try #require(try await FeedbackRepository(database: app.db).list(openOnly: true).first)
            // act
            let list = try await quality.get("/staff/feedback")
            try await app.runScheduledNotifications()
            try await app.runScheduledNotifications()
            let desk = try await quality.get("/staff")
            let staffPath = "/staff/feedback/\(record.id.uuidString.lowercased())"
            try await quality.get(staffPath)
            try await quality.post(
                staffPath + "/close", form: [("response", "نعتذر، راجعنا طلبك"), ("noActionReason", "خطأ فردي عولج")])
            try await app.drainOutbox()
            // assert
            #expect(list.body.string.contains("مصعّد للإدارة"))
            let escalations = try await OutboxRepository(database: app.db).list(status: nil, limit: 50).filter {
                $0.event == .complaintEscalated
            }
            #expect(Set(escalations.compactMap(\.recipientID)).count == 2)
            #expect(escalations.contains { $0.recipientID == admin.id })
            #expect(!escalations.contains { $0.recipientID == relations.id })
            #expect(desk.body.string.contains(record.reference))
            let texts = try await PortalRepository(database: app.db).messages().filter { $0.address == "+966551234567" }
            #expect(texts.contains { $0.body.contains(record.reference) && $0.body.contains("أُغلقت") })
        }
    }

    @Test(
        "staff record a complaint taken by phone against a beneficiary's file; an unknown identity number is refused next to its field"
    )
    func staffRecordFromAnyChannel() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let quality = try await RequestLifecycleTests.signedIn(app, "quality", [.quality])
            try await quality.get("/staff/feedback")
            // act
            let unknown = try await quality.post(
                "/staff/feedback/new",
                form: [
                    ("kind", "complaint"), ("channel", "phone"), ("identityNumber", "1012345672"),
                    ("text", "اتصل يشكو تأخر الصرف"),
                ])
            let recorded = try await quality.post(
                "/staff/feedback/new",
                form: [
                    ("kind", "complaint"), ("channel", "phone"), ("identityNumber", "١٠٠٠٠٠٠٠٠٨"),
                    ("text", "اتصل يشكو تأخر الصرف"),
                ])
            // assert
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains("id=\"identityNumber-error\""))
            #expect(recorded.status == .seeOther)
            let stored = try #require(
                try await FeedbackRepository(database: app.db).list(beneficiaryID: beneficiary.id, openOnly: true).first
            )
            #expect(stored.channel == .phone)
            #expect(stored.kind == .complaint)
            #expect(stored.reference.hasPrefix("C-"))
            let audited = try await AuditLog(database: app.db).browse(
                AuditFilter(actionPrefix: "feedback.submit"), page: 1, perPage: 5
            ).entries
            #expect(audited.first?.summary.contains("recorded by staff from phone") == true)
        }
    }

    @Test(
        "triage sets a complaint's subject and priority with its assignee: an urgent one is due the next working day and flagged in the list"
    )
    func triage() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let quality = try await RequestLifecycleTests.signedIn(app, "quality", [.quality])
            try await quality.get("/staff/feedback")
            try await quality.post(
                "/staff/feedback/new",
                form: [
                    ("kind", "complaint"), ("channel", "phone"), ("identityNumber", "1000000008"),
                    ("text", "انتظرت ثلاث ساعات في الفرع"),
                ])
            let stored = try #require(
                try await FeedbackRepository(database: app.db).list(beneficiaryID: beneficiary.id, openOnly: true).first
            )
            let member = try #require(try await StaffRepository(database: app.db).all().first)
            try await quality.get("/staff/feedback/\(stored.id.uuidString.lowercased())")
            // act
            let triaged = try await quality.post(
                "/staff/feedback/\(stored.id.uuidString.lowercased())/assign",
                form: [
                    ("category", "waitingTime"), ("priority", "urgent"), ("staffID", member.id.uuidString.lowercased()),
                ])
            let list = try await quality.get("/staff/feedback")
            // assert
            #expect(triaged.status == .seeOther)
            let after = try #require(try await FeedbackRepository(database: app.db).find(id: stored.id))
            #expect(after.category == .waitingTime)
            #expect(after.priority == .urgent)
            #expect(after.assignedTo == member.id)
            #expect(after.dueOn == GregorianDay(year: 2023, month: 2, day: 22))
            #expect(list.body.string.contains("عاجلة"))
            #expect(list.body.string.contains("مدة الانتظار"))
            let audited = try await AuditLog(database: app.db).browse(
                AuditFilter(actionPrefix: "feedback.assign"), page: 1, perPage: 5
            ).entries
            #expect(audited.first?.summary.contains("waitingTime, urgent") == true)
        }
    }

    @Test("the public form kept rendered still gives each visitor their own token, which only their own post can use")
    func cachedFormKeepsTokensApart() async throws {
        try await withApp { app, _ in
            // setup
            let first = TestBrowser(app: app)
            let second = TestBrowser(app: app)
            // act
            let firstPage = try await first.get("/feedback")
            let secondPage = try await second.get("/feedback")
            let firstToken = try #require(first.csrfToken)
            let secondToken = try #require(second.csrfToken)
            let crossed = try await second.post(
                "/feedback", form: [("kind", "suggestion"), ("text", "اقتراح"), ("_csrf", firstToken)], csrf: false)
            let own = try await second.post("/feedback", form: [("kind", "suggestion"), ("text", "اقتراح")])
            // assert
            #expect(firstToken != secondToken)
            #expect(!firstPage.body.string.contains("__manarat_csrf_token__"))
            #expect(!secondPage.body.string.contains("__manarat_csrf_token__"))
            #expect(firstPage.body.string.components(separatedBy: firstToken).count == 3)
            #expect(crossed.status == .forbidden)
            #expect(own.status == .seeOther)
        }
    }
}
