import ManaratDomain
import ManaratPersistence

extension SurveyEditor.Model {
    /// The editor of `scope`, showing its active survey from `store` (an empty active one if none).
    static func query(_ store: any SurveyStore, scope: SurveyScope) async throws -> Self {
        Self(scope: scope, form: SurveyForm(survey: try await store.activeSurvey(for: scope)), problems: [])
    }
}
