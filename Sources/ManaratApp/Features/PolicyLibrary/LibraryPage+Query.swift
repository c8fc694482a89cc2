import ManaratDomain
import ManaratPersistence

extension LibraryPage.Model {
    /// The library as `staff` sees it.
    static func query(_ store: any PolicyStore, staff: StaffMember) async throws -> Self {
        Self(
            current: try await store.currentVersions(),
            unread: Set(try await store.unacknowledged(by: staff.id).map(\.id)),
            isAdmin: staff.roles.contains(.admin))
    }
}
