import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

extension DashboardPage.Model {
    /// The figures `filters` ask for on `today`, counted in `timeZone`.
    static func query(
        on database: any Database, filters: DashboardFilterForm, today: GregorianDay, timeZone: TimeZone
    ) async throws -> Self {
        let (range, problems) = filters.resolved(today: today)
        let data = try await DashboardRepository(database: database).load(
            from: range.from.startOfDay(in: timeZone), until: range.until.adding(days: 1).startOfDay(in: timeZone),
            branchID: range.branchID, today: today)
        return Self(
            figures: DashboardFigures(data, timeZone: timeZone), filters: filters, problems: problems,
            branches: try await BranchRepository(database: database).all())
    }
}
