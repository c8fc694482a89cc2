import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The WhatsApp Business Cloud API. A message the organization starts must use a template Meta
/// approved, so this sends the template's name (the outbox row's subject), its language and the
/// placeholder values, not free text.
struct WhatsAppCloudSender: MessageSender {
    let client: any Client
    let settings: NotificationSettings.WhatsApp

    private struct Payload: Content {
        struct Template: Codable {
            struct LanguageCode: Codable { let code: String }
            struct Component: Codable {
                struct Parameter: Codable {
                    let type: String
                    let text: String
                }
                let type: String
                let parameters: [Parameter]
            }
            let name: String
            let language: LanguageCode
            let components: [Component]
        }
        let messaging_product: String
        let to: String
        let type: String
        let template: Template
    }

    func send(_ message: OutboxEntry) async throws -> String {
        let to = message.address.hasPrefix("+") ? String(message.address.dropFirst()) : message.address
        let template = Payload.Template(
            name: message.subject,
            language: .init(code: message.language.rawValue),
            components: message.parameters.isEmpty
                ? [] : [.init(type: "body", parameters: message.parameters.map { .init(type: "text", text: $0) })]
        )
        let payload = Payload(messaging_product: "whatsapp", to: to, type: "template", template: template)
        let token = settings.token
        let response = try await post(client, to: "\(settings.baseURL)/\(settings.phoneNumberID)/messages") { request in
            request.headers.bearerAuthorization = BearerAuthorization(token: token)
            try request.content.encode(payload, as: .json)
        }
        return response.body.map { String(buffer: $0) } ?? "HTTP \(response.status.code)"
    }
}
