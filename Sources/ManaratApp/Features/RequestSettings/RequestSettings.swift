import ManaratDomain
import ManaratPersistence

/// The numbers requests run on.
struct RequestSettings: Sendable, Equatable {
    var responseWorkingDays: Int
    var quorum: Int
    var inquiryAnswerDays: Int

    /// The settings in `store`, each at its default until set.
    static func query(_ store: any RequestSettingsStore) async throws -> Self {
        Self(
            responseWorkingDays: try await store.integerSetting(
                RequestSettingKey.responseWorkingDays, fallback: ResponseClock.standardWorkingDays),
            quorum: try await store.integerSetting(
                RequestSettingKey.committeeQuorum, fallback: RequestSettingKey.defaultQuorum),
            inquiryAnswerDays: try await store.integerSetting(
                RequestSettingKey.inquiryAnswerDays, fallback: Inquiry.standardAnswerWorkingDays))
    }
}
