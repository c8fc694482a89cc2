import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

extension AuditPage.Model {
    /// How many entries a page holds.
    static let perPage = 50

    /// The entries `filters` ask for, read in `timeZone`; none when the filters are wrong.
    static func query(on database: any Database, filters: AuditFilterForm, timeZone: TimeZone) async throws -> Self {
        let actors = try await StaffRepository(database: database).all().map {
            AuditPage.Actor(id: $0.id, name: $0.displayName + " (" + $0.username + ")")
        }
        switch filters.parsed(timeZone: timeZone) {
        case .failure(let refused):
            return Self(filters: filters, actors: actors, entries: [], hasMore: false, problems: refused.problems)
        case .success(let filter):
            let result = try await AuditLog(database: database).browse(
                filter, page: filters.pageNumber, perPage: perPage)
            return Self(
                filters: filters, actors: actors, entries: result.entries, hasMore: result.hasMore, problems: [])
        }
    }
}
