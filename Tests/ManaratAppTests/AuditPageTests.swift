import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The audit log's filters without a server, and the page snapshotted in Arabic and English.
@Suite("Audit log: filters and page")
struct AuditPageTests {
    static let riyadh = TimeZone(identifier: "Asia/Riyadh")!

    @Test("a Hijri day range covers the whole of its last day, in Riyadh time")
    func dayRange() throws {
        // setup
        let form = AuditFilterForm(action: "  staff. ", from: "1/8/1444", until: "١/٨/١٤٤٤")
        // act
        let filter = try form.parsed(timeZone: Self.riyadh).get()
        // assert
        let day = GregorianDay(year: 2023, month: 2, day: 21)!
        #expect(filter.from == day.startOfDay(in: Self.riyadh))
        #expect(filter.until == day.adding(days: 1).startOfDay(in: Self.riyadh))
        #expect(filter.actionPrefix == "staff.")
    }

    @Test("an actor that is not an id and an unreadable date are both named")
    func problems() {
        // act
        let result = AuditFilterForm(actor: "noura", from: "31/2/2023", calendar: "gregorian").parsed(
            timeZone: Self.riyadh)
        // assert
        guard case .failure(let refused) = result else {
            Issue.record("accepted")
            return
        }
        #expect(refused.problems.map(\.field) == [.actor, .from])
    }

    @Test("the pager keeps every filter given and the calendar, and leaves out the empty ones")
    func pagerQuery() {
        // setup
        let form = AuditFilterForm(actor: "", action: "request.", from: "1/8/1444", page: 2)
        // act
        let query = form.query(page: 3)
        // assert
        #expect(query.map { "\($0.0)=\($0.1)" } == ["action=request.", "from=1/8/1444", "calendar=hijri", "page=3"])
    }

    /// The page with two entries, on its second page with a third to come.
    static let model = AuditPage.Model(
        filters: AuditFilterForm(action: "staff.", page: 2),
        actors: [AuditPage.Actor(id: StaffMember.mockQuality.id, name: "نورة القحطاني (quality.ruh)")],
        entries: [
            AuditRecord(
                sequence: 52, occurredAt: Date(timeIntervalSince1970: 1_676_959_200),
                actorID: StaffMember.mockQuality.id,
                actorName: "quality.ruh", actingRole: "quality", action: "staff.signIn", recordType: "staff",
                recordID: StaffMember.mockQuality.id.uuidString.lowercased(), summary: "signed in", clientIP: "10.0.0.7"
            ),
            AuditRecord(
                sequence: 51, occurredAt: Date(timeIntervalSince1970: 1_676_955_600), actorID: nil,
                actorName: "anonymous", actingRole: nil, action: "staff.signInFailed", recordType: "staff",
                recordID: nil, summary: "failures=1", clientIP: nil),
        ], hasMore: true, problems: [])

    @Test("the audit page matches its snapshot", arguments: [Language.arabic, .english])
    func page(language: Language) throws {
        // act
        let html = AuditPage.render(Self.model, context: .mock(language, staff: .mockQuality))
        // assert
        #expect(try Snapshot.compare(html, named: "audit-log-\(language == .arabic ? "ar" : "en")") == .matches)
    }
}
