import ManaratDomain
import ManaratPersistence

extension SurveyList.Model {
    /// The surveys in `store`.
    static func query(_ store: any SurveyStore) async throws -> Self {
        Self(surveys: try await store.surveys())
    }
}
