import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The management dashboard and its downloads: the filters decode from the query string, the
/// page's query computes the figures, and unreadable dates answer 400 beside the figures.
struct DashboardController {
    static let readers: Set<Role> = [.admin, .quality]

    func show(_ request: Request) async throws -> Response {
        let model = try await model(request)
        return .html(
            DashboardPage.render(model, context: PageContext(request: request)),
            status: model.problems.isEmpty ? .ok : .badRequest)
    }

    func export(_ request: Request) async throws -> Response {
        let model = try await model(request)
        guard model.problems.isEmpty else { throw Abort(.badRequest) }
        let table = DashboardTable(named: model.filters.table)
        return CSVDownload.response(table.rows(model.figures, strings: request.strings), name: table.rawValue)
    }

    private func model(_ request: Request) async throws -> DashboardPage.Model {
        let filters = (try? request.query.decode(DashboardFilterForm.self)) ?? DashboardFilterForm()
        let zone = request.manarat.configuration.timeZone
        return try await DashboardPage.Model.query(
            on: request.db, filters: filters, today: GregorianDay(request.now, timeZone: zone), timeZone: zone)
    }
}
