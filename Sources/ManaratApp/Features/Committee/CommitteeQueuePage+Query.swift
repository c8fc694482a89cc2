import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

extension CommitteeQueuePage.Model {
    /// The queue and the latest meetings as `staff` sees them, in `language`.
    static func query(_ database: any Database, staff: StaffMember?, language: Language) async throws -> Self {
        Self(
            queue: try await RequestRepository(database: database).list(
                RequestFilter(statuses: [.atCommittee], byDueDay: true), page: 1, perPage: 200
            ).rows,
            meetings: try await CommitteeRepository(database: database).all(limit: 30),
            typeNames: Dictionary(
                uniqueKeysWithValues: try await RequestTypeRepository(database: database).types().map {
                    ($0.id, $0.name(in: language))
                }), mayOrganize: Access.staff(CommitteeRoutes.organizers).admits(staff))
    }
}
