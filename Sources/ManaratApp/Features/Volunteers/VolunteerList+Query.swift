import ManaratDomain
import ManaratPersistence

extension VolunteerList.Model {
    /// The most volunteers listed.
    static let listLimit = 200

    /// The volunteers in `store` with `status` (all when nil), as `staff` sees them.
    static func query(_ store: any VolunteerStore, status: VolunteerStatus?, staff: StaffMember?) async throws -> Self {
        Self(
            status: status, volunteers: try await store.list(status: status, limit: listLimit),
            mayManage: Access.staff(VolunteerRoutes.managers).admits(staff))
    }
}
