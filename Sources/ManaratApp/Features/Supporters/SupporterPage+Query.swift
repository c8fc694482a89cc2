import ManaratDomain
import ManaratPersistence

extension SupporterPage.Model {
    /// `supporter`'s file in `store` as `staff` sees it.
    static func query(_ store: any SupporterStore, supporter: Supporter, staff: StaffMember?, saved: Bool)
        async throws -> Self
    {
        let names = Dictionary(uniqueKeysWithValues: try await store.staffMembers().map { ($0.id, $0.displayName) })
        let contacts = try await store.contacts(ofSupporter: supporter.id)
        return Self(
            supporter: supporter, entries: try await store.entries(of: supporter.id),
            contacts: contacts.map { ContactLine(contact: $0, recordedBy: $0.staffID.flatMap { names[$0] } ?? "") },
            mayManage: Access.staff(SupporterRoutes.managers).admits(staff), saved: saved)
    }
}
