import Fluent
import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("The breach register and its 72-hour clock")
struct BreachTests {
    @Test(
        "an admin records a breach discovered an hour ago: 71 hours are left; three days on it is flagged overdue; the regulator's notice and the people's are recorded once each, late by the hour it was, and every step is audited"
    )
    func registerAndClock() async throws {
        try await withApp { app, harness in
            // setup: Tuesday 21 February 2023, 09:00 in Riyadh
            let admin = try await RequestLifecycleTests.signedIn(app, "admin", [.admin])
            try await admin.get("/staff/admin/breaches")
            let fields: [(String, String)] = [
                ("title", "إرسال كشف مستفيدين إلى بريد خاطئ"),
                ("description", "أُرسل كشف بأسماء ٤٠ أسرة إلى جهة غير مختصة"),
                ("discoveredCalendar", "gregorian"), ("recordsAffected", "أسماء وأرقام جوالات"),
                ("peopleAffected", "٤٠"), ("measures", "طلب حذف الرسالة من المستلم"),
            ]
            // act
            let future = try await admin.post(
                "/staff/admin/breaches", form: fields + [("discovered", "21/2/2023"), ("discoveredTime", "10:30")])
            let badTime = try await admin.post(
                "/staff/admin/breaches", form: fields + [("discovered", "21/2/2023"), ("discoveredTime", "25:00")])
            let recorded = try await admin.post(
                "/staff/admin/breaches", form: fields + [("discovered", "21/2/2023"), ("discoveredTime", "08:00")])
            let fresh = try await admin.get("/staff/admin/breaches")
            let breach = try #require(try await BreachRepository(database: app.db).all().first)
            let base = "/staff/admin/breaches/\(breach.id.uuidString.lowercased())"
            harness.clock.advance(by: 72 * 3600)
            try await admin.signIn(username: "admin", password: Fixtures.password)
            let overdue = try await admin.get("/staff/admin/breaches")
            let noReference = try await admin.post(base + "/regulator-notified", form: [("regulatorReference", " ")])
            let notified = try await admin.post(
                base + "/regulator-notified", form: [("regulatorReference", "SDAIA-2023-118")])
            try await admin.get("/staff/admin/breaches")
            let again = try await admin.post(
                base + "/regulator-notified", form: [("regulatorReference", "SDAIA-2023-119")])
            let subjects = try await admin.post(base + "/subjects-notified", form: [])
            let after = try await admin.get("/staff/admin/breaches")
            // assert
            #expect(future.status == .unprocessableEntity)
            #expect(future.body.string.contains("لا يكون في المستقبل"))
            #expect(badTime.status == .unprocessableEntity)
            #expect(badTime.body.string.contains("اكتب الوقت بالساعة والدقيقة"))
            #expect(recorded.status == .seeOther)
            #expect(recorded.headers.first(name: .location)?.contains("BR-1444-0001") == true)
            #expect(breach.peopleAffected == 40)
            #expect(fresh.body.string.contains("باقٍ ٧١ ساعة"))
            #expect(fresh.body.string.contains("٢٤\u{00A0}فبراير\u{00A0}٢٠٢٣م ٠٨:٠٠"))
            #expect(overdue.body.string.contains("متأخر ١ ساعة عن مهلة ٧٢ ساعة"))
            #expect(noReference.status == .unprocessableEntity)
            #expect(notified.status == .seeOther)
            #expect(again.status == .conflict)
            #expect(again.body.string.contains("سُجِّل هذا الإبلاغ من قبل"))
            #expect(subjects.status == .seeOther)
            #expect(after.body.string.contains("متأخرًا ١ ساعة (المرجع SDAIA-2023-118)"))
            #expect(after.body.string.contains("أُبلغ أصحاب البيانات في"))
            #expect(!after.body.string.contains("تسجيل إبلاغ الجهة المختصة الآن"))
            let stored = try #require(try await BreachRepository(database: app.db).find(id: breach.id))
            #expect(stored.regulatorReference == "SDAIA-2023-118")
            let actions = try await AuditEntryModel.query(on: app.db).filter(\.$recordType == "breach").all().map(
                \.action)
            #expect(actions.sorted() == ["breach.record", "breach.regulator_notified", "breach.subjects_notified"])
        }
    }

    @Test("only admins open the register; other staff get 403")
    func adminsOnly() async throws {
        try await withApp { app, _ in
            // setup
            let quality = try await RequestLifecycleTests.signedIn(app, "quality", [.quality])
            // act
            let page = try await quality.get("/staff/admin/breaches")
            // assert
            #expect(page.status == .forbidden)
        }
    }
}
