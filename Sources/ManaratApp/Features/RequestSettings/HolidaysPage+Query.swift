import ManaratDomain
import ManaratPersistence

extension HolidaysPage.Model {
    /// The holidays in `store`, with `problems`.
    static func query(_ store: any RequestSettingsStore, problems: [RequestSettingsProblem] = []) async throws -> Self {
        Self(holidays: try await store.holidays().map { .init(day: $0.day, name: $0.name) }, problems: problems)
    }
}
