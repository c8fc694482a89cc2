import ManaratPersistence

extension CategoryList.Model {
    /// Every category in `store`.
    static func query(_ store: any CategoryStore, saved: Bool) async throws -> Self {
        Self(categories: try await store.all(), saved: saved)
    }
}
