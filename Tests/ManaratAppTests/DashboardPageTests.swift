import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// The dashboard's figures, filters and tables without a server, and the page snapshotted in
/// Arabic and English.
@Suite("Dashboard: figures, filters and page")
struct DashboardPageTests {
    static let riyadh = TimeZone(identifier: "Asia/Riyadh")!
    static let day = GregorianDay(year: 2023, month: 2, day: 21)!

    /// Three requests (two decided, one of them late), contacts, feedback and ratings in two months.
    static let data = DashboardData(
        requests: [
            (.approved, day.adding(days: -20), day.adding(days: -6), day.adding(days: -8).startOfDay(in: riyadh)),
            (.rejected, day.adding(days: -30), day.adding(days: -16), day.adding(days: -10).startOfDay(in: riyadh)),
            (.inResearch, day.adding(days: -3), day.adding(days: 11), nil),
        ], overdueNow: 1, contactsByChannel: [.phone: 4, .website: 2],
        feedback: [(.complaint, 3), (.complaint, nil), (.suggestion, 5)],
        ratings: [
            (5, day.startOfDay(in: riyadh)), (4, day.startOfDay(in: riyadh)),
            (2, day.adding(days: -30).startOfDay(in: riyadh)),
        ])

    @Test("figures: time to decision, the share decided in time, channels, feedback and monthly satisfaction")
    func figures() {
        // act
        let figures = DashboardFigures(Self.data, timeZone: Self.riyadh)
        // assert
        #expect(figures.byStatus.map(\.value) == [.inResearch, .approved, .rejected])
        #expect(figures.decided == 2 && figures.decidedInTime == 1)
        #expect(figures.medianDays != nil)
        #expect(figures.contacts.first { $0.value == .phone }?.count == 4)
        #expect(figures.complaints == 2 && figures.suggestions == 1 && figures.feedbackClosed == 2)
        #expect(figures.ratingsByMonth.map(\.key) == ["2023-01", "2023-02"])
        #expect(figures.ratingsByMonth.last?.csat == 100)
        #expect(figures.csat == 67)
    }

    @Test("an unreadable date is named and the last twelve months are counted meanwhile")
    func fallback() {
        // setup
        let form = DashboardFilterForm(from: "32/13/1444", calendar: "hijri")
        // act
        let (range, problems) = form.resolved(today: Self.day)
        // assert
        #expect(problems.map(\.field) == [.from])
        #expect(range.from == Self.day.adding(days: -365))
        #expect(range.until == Self.day)
    }

    @Test("a table downloads with its header in the interface's language and numbers as spreadsheets read them")
    func table() {
        // setup
        let figures = DashboardFigures(Self.data, timeZone: Self.riyadh)
        // act
        let rows = DashboardTable(named: "ratings").rows(figures, strings: Strings(language: .arabic))
        let unknown = DashboardTable(named: "salaries")
        // assert
        #expect(rows.first == ["الشهر", "العدد", "نسبة الرضا", "المتوسط"])
        #expect(rows.last == ["2023-02", "2", "100", "4.50"])
        #expect(unknown == .status)
    }

    @Test("the decided share names its requests in the form their number takes")
    func plural() {
        // setup
        let text = DashboardText(strings: Strings(language: .arabic))
        // act
        let lines = [1, 2, 5, 23].map { text.ofDecided(inTime: 1, all: $0) }
        // assert
        #expect(lines == ["١ من طلب واحد مقرر", "١ من طلبين مقررين", "١ من ٥ طلبات مقررة", "١ من ٢٣ طلبًا مقررًا"])
    }

    @Test("the dashboard matches its snapshot", arguments: [Language.arabic, .english])
    func page(language: Language) throws {
        // setup
        let model = DashboardPage.Model(
            figures: DashboardFigures(Self.data, timeZone: Self.riyadh),
            filters: DashboardFilterForm(from: "1/7/1444", calendar: "hijri"), problems: [], branches: [])
        // act
        let html = DashboardPage.render(model, context: .mock(language, staff: .mockQuality))
        // assert
        #expect(try Snapshot.compare(html, named: "dashboard-\(language == .arabic ? "ar" : "en")") == .matches)
    }
}
