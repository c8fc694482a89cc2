import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("The management dashboard")
struct DashboardTests {
    /// Stores a request straight through the repository, as history would have left it.
    static func request(
        _ app: Application, beneficiary: Beneficiary, type: RequestType, status: RequestStatus, submitted: GregorianDay,
        expected: GregorianDay, decided: GregorianDay?
    ) async throws {
        let riyadh = TimeZone(identifier: "Asia/Riyadh")!
        let repository = RequestRepository(database: app.db)
        let decision = decided.map {
            RequestDecision(
                outcome: .approved, decidedAt: $0.startOfDay(in: riyadh).addingTimeInterval(36_000), service: .cash,
                amount: Money(halalas: 100_000), quantity: "", reasons: [], note: "", meetingID: nil)
        }
        try await repository.create(
            SupportRequest(
                id: UUID(), reference: try await repository.nextReference(on: submitted), beneficiaryID: beneficiary.id,
                typeID: type.id, status: status, channel: .interview, branchID: nil, intakeStaffID: nil,
                fieldValues: [:], details: "x", amountRequested: .zero, submittedAt: submitted.startOfDay(in: riyadh),
                submittedOn: submitted, expectedResponseOn: expected, attestation: nil, researcherID: nil,
                decision: decision, version: 1), at: Date(timeIntervalSince1970: 1_676_959_200))
    }

    @Test(
        "the share decided within the response time equals a count made by hand, overdue requests are counted, and tables export as CSV with a BOM"
    )
    func shareDecidedInTime() async throws {
        try await withApp { app, _ in
            // setup
            let beneficiary = try await Fixtures.beneficiary(app)
            let type = try await Fixtures.requestType(app)
            func day(_ m: Int, _ d: Int) -> GregorianDay { GregorianDay(year: 2023, month: m, day: d)! }
            // By hand: decided on or before the expected day = 3 (Jan 20 ≤ Jan 22, Jan 30 ≤ Jan 30, Feb 1 ≤ Feb 5); late = 1 (Feb 10 > Feb 7) → 3 of 4 = 75%.
            try await Self.request(
                app, beneficiary: beneficiary, type: type, status: .approved, submitted: day(1, 8),
                expected: day(1, 22), decided: day(1, 20))
            try await Self.request(
                app, beneficiary: beneficiary, type: type, status: .completed, submitted: day(1, 16),
                expected: day(1, 30), decided: day(1, 30))
            try await Self.request(
                app, beneficiary: beneficiary, type: type, status: .rejected, submitted: day(1, 22),
                expected: day(2, 5), decided: day(2, 1))
            try await Self.request(
                app, beneficiary: beneficiary, type: type, status: .approved, submitted: day(1, 24),
                expected: day(2, 7), decided: day(2, 10))
            // Open and past its day: overdue now.
            try await Self.request(
                app, beneficiary: beneficiary, type: type, status: .atCommittee, submitted: day(2, 1),
                expected: day(2, 15), decided: nil)
            let quality = try await RequestLifecycleTests.signedIn(app, "quality", [.quality])
            // act
            let page = try await quality.get("/staff/dashboard")
            let csv = try await quality.get("/staff/dashboard/export.csv?table=status")
            let relations = try await RequestLifecycleTests.signedIn(app, "relations", [.relations])
            let refused = try await relations.get("/staff/dashboard")
            quality.setCookie("manarat_lang", Language.english.rawValue)
            let english = try await quality.get("/staff/dashboard").body.string
            // assert
            let html = page.body.string
            #expect(page.status == .ok)
            #expect(html.contains("٧٥٪"))
            #expect(english.contains(">75%<"))
            #expect(!english.contains("٪"))
            #expect(html.contains("٣ من ٤ طلبات مقررة"))
            #expect(html.contains("<svg"))
            #expect(csv.headers.first(name: .contentType) == "text/csv; charset=utf-8")
            #expect(Array(csv.body.readableBytesView.prefix(3)) == [0xEF, 0xBB, 0xBF])
            #expect(csv.body.string.contains("الحالة,العدد"))
            #expect(csv.body.string.contains("مقبول,2"))
            #expect(refused.status == .forbidden)
        }
    }
}
