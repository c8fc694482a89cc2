import Fluent
import ManaratPersistence

extension TemplateEditorPage.Model {
    /// The editor for `key`, holding the wording in force (stored, or the shipped default).
    static func query(on database: any Database, key: TemplateKey) async throws -> Self {
        let current = try await Notifier.template(
            for: key.event, channel: key.channel, language: key.language, database: database)
        return Self(key: key, form: TemplateForm(subject: current.subject, body: current.body), problems: [])
    }
}
