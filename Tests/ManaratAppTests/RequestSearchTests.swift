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
    static func draft(_ browser: TestBrowser, _ app: Application, beneficiary: Beneficiary, type: RequestType, details: String) async throws -> String {
        let id = beneficiary.id.uuidString.lowercased()
        try await browser.get("/staff/beneficiaries/\(id)/requests/new?type=\(type.id.uuidString.lowercased())")
        let created = try await browser.post("/staff/beneficiaries/\(id)/requests/new", form: [("typeID", type.id.uuidString.lowercased()), ("channel", "interview"), ("details", details), ("amountRequested", "3000")])
        let location = try #require(created.headers.first(name: .location))
        let requestID = try #require(UUID(uuidString: String(location.prefix { $0 != "?" }.split(separator: "/").last!)))
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
            let sponsorship = try await Self.draft(relations, app, beneficiary: first, type: type, details: "طلب الكفالة الشهرية لأيتام الأسرة")
            let rent = try await Self.draft(relations, app, beneficiary: second, type: type, details: "مساعدة في سداد الإيجار المتأخر")
            // act
            let byWord = try await relations.get("/staff/requests?view=all&q=" + "كفالة".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            let byOtherForm = try await relations.get("/staff/requests?view=all&q=" + "والإيجار".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            let byReference = try await relations.get("/staff/requests?view=all&q=" + rent)
            let nothing = try await relations.get("/staff/requests?view=all&q=" + "زكاة".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
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
                _ = try await Self.draft(relations, app, beneficiary: beneficiary, type: type, details: "كفالة يتيم رقم \(number)")
            }
            // act
            let page = try await relations.get("/staff/requests?view=all&q=" + "كفالة".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
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
