import ManaratPersistence

extension RequestSettingsPage.Model {
    /// The form showing the settings in `store`.
    static func query(_ store: any RequestSettingsStore) async throws -> Self {
        let settings = try await RequestSettings.query(store)
        return Self(
            form: RequestSettingsForm(
                workingDays: String(settings.responseWorkingDays), quorum: String(settings.quorum),
                inquiryDays: String(settings.inquiryAnswerDays)), problems: [])
    }
}
