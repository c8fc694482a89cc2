import Fluent
import ManaratDomain
import ManaratPersistence

extension TemplateListPage.Model {
    /// Every event's wordings in force: the stored one, or the shipped default.
    static func query(on database: any Database) async throws -> Self {
        let stored = try await OutboxRepository(database: database).templates()
        return Self(
            events: NotificationEvent.allCases.map { event in
                TemplateListPage.Event(
                    event: event,
                    variants: TemplateKey.editableChannels.flatMap { channel in
                        Language.allCases.map { language in
                            let custom = stored.first {
                                $0.event == event && $0.channel == channel && $0.language == language
                            }
                            return TemplateListPage.Variant(
                                key: TemplateKey(event: event, channel: channel, language: language),
                                body: custom?.body
                                    ?? Notifier.defaultTemplate(for: event, channel: channel, language: language).body,
                                isCustom: custom != nil)
                        }
                    })
            })
    }
}
