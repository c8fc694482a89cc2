import ManaratDomain
import ManaratPersistence

extension VolunteerPage.Model {
    /// `volunteer`'s file in `store` as `staff` sees it.
    static func query(_ store: any VolunteerStore, volunteer: Volunteer, staff: StaffMember?, saved: Bool)
        async throws -> Self
    {
        let names = Dictionary(uniqueKeysWithValues: try await store.staffMembers().map { ($0.id, $0.displayName) })
        let contacts = try await store.contacts(ofVolunteer: volunteer.id)
        return Self(
            volunteer: volunteer, assignments: try await store.assignments(of: volunteer.id),
            hours: try await store.hours(of: volunteer.id),
            contacts: contacts.map { ContactLine(contact: $0, recordedBy: $0.staffID.flatMap { names[$0] } ?? "") },
            branches: try await store.branches(), mayManage: Access.staff(VolunteerRoutes.managers).admits(staff),
            saved: saved)
    }
}
