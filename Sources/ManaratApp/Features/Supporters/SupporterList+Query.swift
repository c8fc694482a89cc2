import ManaratDomain
import ManaratPersistence

extension SupporterList.Model {
    /// The longest search read, and the most supporters listed.
    static let searchLimit = 100
    static let listLimit = 100

    /// The supporters in `store` whose name has every word of `search`, as `staff` sees them.
    static func query(_ store: any SupporterStore, search: String, staff: StaffMember?) async throws -> Self {
        let typed = String(search.prefix(searchLimit))
        return Self(
            search: typed, supporters: try await store.search(typed, limit: listLimit),
            mayManage: Access.staff(SupporterRoutes.managers).admits(staff))
    }
}
