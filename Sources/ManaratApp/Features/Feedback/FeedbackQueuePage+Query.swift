import ManaratDomain
import ManaratPersistence

extension FeedbackQueuePage.Model {
    /// The open items in `store` that `staff` may work on, with `problems`. Staff confined to a
    /// branch (`BranchScope`) see those of its beneficiaries and those of no one (an anonymous
    /// suggestion); the branches are looked up for them only.
    static func query(_ store: any FeedbackStore, staff: StaffMember?, problems: [FeedbackProblem] = [])
        async throws -> Self
    {
        var items = try await store.openItems()
        if let staff, let confined = BranchScope.confinement(of: staff) {
            let branches = try await store.branches(ofBeneficiaries: Set(items.compactMap(\.beneficiaryID)))
            items = items.filter { item in item.beneficiaryID.flatMap { branches[$0] }.map { $0 == confined } ?? true }
        }
        return Self(items: items, problems: problems)
    }
}
