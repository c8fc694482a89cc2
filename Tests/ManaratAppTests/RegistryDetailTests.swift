import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Registry details: sensitive household fields, duplicate links, pages of results")
struct RegistryDetailTests {
    /// A Saudi national ID with a valid check digit, made from `serial`.
    static func nationalID(_ serial: Int) -> String {
        let body = "1" + String(format: "%08d", serial)
        let sum = body.enumerated().reduce(0) { total, item in
            let digit = item.element.wholeNumberValue!
            let doubled = item.offset % 2 == 0 ? digit * 2 : digit
            return total + (doubled > 9 ? doubled - 9 : doubled)
        }
        return body + String((10 - sum % 10) % 10)
    }

    @Test("a child's parentage and a member's health are shown to a researcher and never to a service delivery officer")
    func householdSensitiveFields() async throws {
        try await withApp { app, _ in
            // setup
            let head = try await Fixtures.beneficiary(app)
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let path = "/staff/beneficiaries/\(head.id.uuidString.lowercased())"
            try await relations.get(path)
            try await relations.post(
                path + "/household/members",
                form: [
                    ("memberName", "سارة أحمد العتيبي"), ("relation", "daughter"), ("memberGender", "female"),
                    ("memberIdentityType", "nationalID"),
                    ("memberIdentityNumber", "1987654322"), ("memberBornOn", "1/1/1430"),
                    ("memberBornOnCalendar", "hijri"),
                    ("memberHealth", "ربو مزمن"), ("parentageNote", "كفالة من دار الأيتام"),
                ])
            let researcher = try await RequestLifecycleTests.signedIn(app, "researcher", [.researcher])
            let delivery = try await RequestLifecycleTests.signedIn(app, "delivery", [.delivery])
            // act
            let seenByResearcher = try await researcher.get(path).body.string
            let seenByDelivery = try await delivery.get(path).body.string
            // assert
            #expect(seenByResearcher.contains("سارة أحمد العتيبي"))
            #expect(seenByResearcher.contains("ربو مزمن"))
            #expect(seenByResearcher.contains("كفالة من دار الأيتام"))
            #expect(seenByDelivery.contains("سارة أحمد العتيبي"))
            #expect(!seenByDelivery.contains("ربو مزمن"))
            #expect(!seenByDelivery.contains("كفالة من دار الأيتام"))
        }
    }

    @Test(
        "staff who find two files are the same person link them; the decision and its audit entry are kept, and the pair is no longer offered"
    )
    func linkDuplicates() async throws {
        try await withApp { app, _ in
            // setup
            let first = try await Fixtures.beneficiary(
                app, first: "أحمد", identity: "1000000008", phone: "+966551234567")
            let second = try await Fixtures.beneficiary(
                app, first: "احمد", identity: "2000000006", type: .iqama, phone: "+966551234567")
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let path = "/staff/beneficiaries/\(first.id.uuidString.lowercased())"
            let before = try await relations.get(path).body.string
            // act
            let linked = try await relations.post(
                path + "/duplicates", form: [("otherID", second.id.uuidString.lowercased()), ("decision", "linked")])
            let after = try await relations.get(path).body.string
            // assert
            let offer = "name=\"otherID\" value=\"\(second.id.uuidString.lowercased())\""
            #expect(before.contains(offer))
            #expect(linked.status == .seeOther)
            let decisions = try await BeneficiaryRepository(database: app.db).duplicateDecisions(of: first.id)
            #expect(decisions.map(\.otherID) == [second.id])
            #expect(decisions.first?.isDuplicate == true)
            let audited = try await AuditLog(database: app.db).browse(
                AuditFilter(actionPrefix: "beneficiary.duplicate"), page: 1, perPage: 10
            ).entries
            #expect(audited.count == 1)
            #expect(audited.first?.summary.contains(second.fileNumber) == true)
            #expect(!after.contains(offer))
        }
    }

    @Test(
        "the list shows 25 beneficiaries a page with a link to the next; the second page holds the rest and none of the first"
    )
    func pagination() async throws {
        try await withApp { app, _ in
            // setup
            for serial in 1...27 {
                try await Fixtures.beneficiary(
                    app, first: "مستفيد\(serial)", identity: Self.nationalID(serial),
                    phone: "+9665500000" + String(format: "%02d", serial))
            }
            let staff = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            // act
            let first = try await staff.get("/staff/beneficiaries").body.string
            let second = try await staff.get("/staff/beneficiaries?page=2").body.string
            // assert
            let firstNames = Set((1...27).filter { first.contains("مستفيد\($0) ") })
            let secondNames = Set((1...27).filter { second.contains("مستفيد\($0) ") })
            #expect(firstNames.count == 25)
            #expect(secondNames.count == 2)
            #expect(firstNames.isDisjoint(with: secondNames))
            #expect(first.contains("rel=\"next\""))
            #expect(!second.contains("rel=\"next\""))
        }
    }

    @Test(
        "a Hijri date that does not exist, or a Gregorian year typed with Hijri chosen, is refused next to its field and nothing is saved"
    )
    func impossibleDatesRefused() async throws {
        try await withApp { app, _ in
            // setup
            let browser = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            try await browser.get("/staff/beneficiaries/new")
            let replacing = { (name: String, value: String) in
                Fixtures.beneficiaryForm().map { $0.0 == name ? ($0.0, value) : $0 }
            }
            // act
            let thirtiethOfRamadan = try await browser.post(
                "/staff/beneficiaries/new", form: replacing("bornOn", "30/9/1444"))
            try await browser.get("/staff/beneficiaries/new")
            let gregorianAsHijri = try await browser.post(
                "/staff/beneficiaries/new", form: replacing("identityExpiresOn", "21/02/2030"))
            // assert
            #expect(thirtiethOfRamadan.status == .unprocessableEntity)
            #expect(thirtiethOfRamadan.body.string.contains("id=\"bornOn-error\""))
            #expect(thirtiethOfRamadan.body.string.contains("هذا الشهر الهجري ٢٩ يومًا فقط."))
            #expect(gregorianAsHijri.status == .unprocessableEntity)
            #expect(gregorianAsHijri.body.string.contains("يبدو هذا تاريخًا ميلاديًا"))
            #expect(try await BeneficiaryRepository(database: app.db).count() == 0)
        }
    }
}
