import ManaratPersistence

extension BranchList.Model {
    /// Every branch in `store`.
    static func query(_ store: any BranchStore, saved: Bool) async throws -> Self {
        Self(branches: try await store.all(), saved: saved)
    }
}
