import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Searching the staff request list")
struct RequestSearchTests {
    /// A draft with `details`, made through the intake form; returns its reference.
    static func draft(
        _ browser: TestBrowser, _ app: Application, beneficiary: Beneficiary, type: RequestType, details: String
    ) async throws -> String {
        let id = beneficiary.id.uuidString.lowercased()
        try await browser.get("/staff/beneficiaries/\(id)/requests/new?type=\(type.id.uuidString.lowercased())")
        let created = try await browser.post(
            "/staff/beneficiaries/\(id)/requests/new",
            form: [
                ("typeID", type.id.uuidString.lowercased()), ("channel", "interview"), ("details", details),
                ("amountRequested", "3000"),
            ])
        let location = try #require(created.headers.first(name: .location))
        let requestID = try #require(
            UUID(uuidString: String(location.prefix { $0 != "?" }.split(separator: "/").last!)))
        return try #require(try await RequestRepository(database: app.db).find(id: requestID)).reference
    }

    @Test("a word finds the requests whose description holds it, with or without the article; others stay out")
    func wordsFindRequests() async throws {
        try await withApp { app, _ in
            // setup
            let first = try await Fixtures.beneficiary(app, first: "نورة", identity: "1012345672")
            let second = try await Fixtures.beneficiary(app, first: "سارة", identity: "1000000008")
            let type = try await Fixtures.requestType(app)
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let sponsorship = try await Self.draft(
                relations, app, beneficiary: first, type: type, details: "طلب الكفالة الشهرية لأيتام الأسرة")
            let rent = try await Self.draft(
                relations, app, beneficiary: second, type: type, details: "مساعدة في سداد الإيجار المتأخر")
            // act
            let byWord = try await relations.get(
                "/staff/requests?view=all&q=" + "كفالة".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            let byOtherForm = try await relations.get(
                "/staff/requests?view=all&q=" + "والإيجار".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            )
            let byReference = try await relations.get("/staff/requests?view=all&q=" + rent)
            let nothing = try await relations.get(
                "/staff/requests?view=all&q=" + "زكاة".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            // assert
            #expect(byWord.status == .ok)
            #expect(byWord.body.string.contains(sponsorship))
            #expect(!byWord.body.string.contains(rent))
            #expect(byOtherForm.body.string.contains(rent))
            #expect(!byOtherForm.body.string.contains(sponsorship))
            #expect(byReference.body.string.contains(rent))
            #expect(!byReference.body.string.contains(sponsorship))
            #expect(nothing.body.string.contains("لا توجد نتائج مطابقة."))
            #expect(!nothing.body.string.contains(sponsorship) && !nothing.body.string.contains(rent))
        }
    }

    @Test("the search box keeps its words and the tab, and the next page keeps the search")
    func searchFormKeepsState() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(app)
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            for number in 1...26 {
                _ = try await Self.draft(
                    relations, app, beneficiary: beneficiary, type: type, details: "كفالة يتيم رقم \(number)")
            }
            // act
            let page = try await relations.get(
                "/staff/requests?view=all&q=" + "كفالة".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            // assert
            let html = page.body.string
            #expect(html.contains("value=\"كفالة\""))
            #expect(html.contains("name=\"view\" value=\"all\""))
            #expect(html.contains("rel=\"next\""))
            let encoded = "كفالة".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            #expect(html.contains("q=\(encoded)&amp;page=2") || html.contains("q=\(encoded)&page=2"))
        }
    }
}

@Suite("The staff request list keeps up with its rows")
struct RequestListFreshnessTests {
    @Test(
        "a list shown again after the day turns flags the request now overdue, and shows the applicant's new name and the request's new status"
    )
    func rowsFollowTheirData() async throws {
        try await withApp { app, harness in
            // setup
            var beneficiary = try await Fixtures.beneficiary(app, first: "نورة", identity: "1012345672")
            let type = try await Fixtures.requestType(app)
            let tomorrow = GregorianDay(year: 2023, month: 2, day: 22)!
            try await DashboardTests.request(
                app, beneficiary: beneficiary, type: type, status: .atCommittee,
                submitted: GregorianDay(year: 2023, month: 2, day: 8)!, expected: tomorrow, decided: nil)
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let before = try await relations.get("/staff/requests")
            // act
            harness.clock.advance(by: 2 * 86_400)
            beneficiary.name.first = "هيفاء"
            try await BeneficiaryRepository(database: app.db).update(beneficiary, at: harness.clock.now)
            let again = try await RequestLifecycleTests.signedIn(app, "relations2", [.relations])
            let overdue = try await again.get("/staff/requests")
            let request = try #require(
                try await RequestRepository(database: app.db).list(RequestFilter(), page: 1, perPage: 5).rows.first?
                    .request)
            var decided = request
            decided.status = .rejected
            try await RequestRepository(database: app.db).update(decided, at: harness.clock.now)
            let afterDecision = try await again.get("/staff/requests?view=all")
            // assert
            #expect(before.body.string.contains("نورة"))
            #expect(!before.body.string.contains("متأخر منذ"))
            #expect(overdue.body.string.contains("متأخر منذ يوم واحد"))
            #expect(overdue.body.string.contains("هيفاء"))
            #expect(!overdue.body.string.contains("نورة"))
            #expect(afterDecision.body.string.contains("مرفوض"))
            #expect(!afterDecision.body.string.contains("متأخر منذ"))
        }
    }
}
