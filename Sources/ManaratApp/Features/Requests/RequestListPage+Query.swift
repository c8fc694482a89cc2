import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

extension RequestListPage.Model {
    /// The requests shown per page.
    static let perPage = 25

    /// The tab `view` (open when unknown) on `page`, searched for `text`, as `staff` sees it on
    /// `today` with `calendar`'s working days.
    static func query(
        _ database: any Database, view: String, text: String, page: Int, staff: StaffMember?, today: GregorianDay,
        calendar: @Sendable () async throws -> WorkingCalendar
    ) async throws -> Self {
        let page = max(1, min(page, 10_000))
        let text = String(text.prefix(200))
        let open: Set<RequestStatus> = Set(RequestStatus.allCases.filter(\.awaitsDecision))
        // Requests waiting on the applicant have their clock stopped: they are neither overdue nor due.
        let running = open.filter { !$0.pausesClock }
        var filter = RequestFilter(statuses: open, byDueDay: true)
        switch view {
        case "overdue":
            filter.statuses = running
            filter.dueOnOrBefore = today.adding(days: -1)
        case "due-soon":
            filter.statuses = running
            filter.dueOnOrAfter = today
            filter.dueOnOrBefore = try await calendar().adding(workingDays: 3, to: today)
        case "mine":
            filter.researcherID = staff?.id
            filter.statuses = [.inResearch]
        case "delivery": filter.statuses = [.approved, .inDelivery]
        case "all": filter = RequestFilter()
        default: break
        }
        filter.text = text
        filter.withinBranch = staff.flatMap(BranchScope.confinement(of:))
        let result = try await RequestRepository(database: database).listItems(filter, page: page, perPage: perPage)
        func pagePath(_ number: Int) -> String {
            StaffURL.requests.path(
                query: [("view", view)] + (text.isEmpty ? [] : [("q", text)]) + [("page", String(number))])
        }
        return Self(
            view: view, query: text, rows: result.rows, page: page, previousPath: page > 1 ? pagePath(page - 1) : nil,
            nextPath: result.hasMore ? pagePath(page + 1) : nil)
    }
}
