import ManaratDomain
import ManaratPersistence

extension ContactUsPage.Model {
    /// The page with the active branches in `store`, showing `form` and its `problems`.
    static func query(
        _ store: any SupporterStore, form: ContactUsForm = ContactUsForm(), problems: [SupporterProblem] = [],
        sent: Bool = false
    ) async throws -> Self {
        Self(branches: try await store.branches().filter(\.isActive), form: form, problems: problems, sent: sent)
    }
}
