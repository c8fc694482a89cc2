import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence

extension PolicyVersionPage.Model {
    /// Version `id` as `staff` sees it; nil when there is no such version.
    static func query(_ store: any PolicyStore, database: any Database, id: UUID, staff: StaffMember) async throws
        -> Self?
    {
        guard let version = try await store.version(id: id) else { return nil }
        let isAdmin = staff.roles.contains(.admin)
        return Self(
            version: version, acknowledgements: try await store.acknowledgements(versionID: version.id),
            history: try await store.versions(of: version.kind), staffID: staff.id, isAdmin: isAdmin,
            everyone: isAdmin ? try await StaffRepository(database: database).all().filter(\.isActive) : [])
    }
}
