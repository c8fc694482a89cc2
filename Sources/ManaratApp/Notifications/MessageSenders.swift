import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Hands one message to its provider.
protocol MessageSender: Sendable {
    /// Sends `message`; returns what the provider answered, or throws `SendFailure`.
    func send(_ message: OutboxEntry) async throws -> String
}

/// A provider refused or could not be reached.
struct SendFailure: Error, CustomStringConvertible {
    /// What the provider answered (or why it could not be reached).
    let answer: String
    /// Whether trying again cannot help (a 4xx other than 408 and 429).
    let permanent: Bool

    var description: String { answer }

    /// Reads an HTTP answer: nil when it was a success.
    static func from(_ response: ClientResponse) -> SendFailure? {
        let code = response.status.code
        guard !(200..<300).contains(code) else { return nil }
        let body = response.body.map { String(buffer: $0) } ?? ""
        let permanent = (400..<500).contains(code) && code != 408 && code != 429
        return SendFailure(answer: "HTTP \(code) \(body.prefix(300))", permanent: permanent)
    }
}

extension MessageSender {
    /// Posts to a provider: an unreachable provider or a non-2xx answer becomes a `SendFailure`.
    func post(_ client: any Client, to url: String, _ prepare: @escaping @Sendable (inout ClientRequest) throws -> Void) async throws -> ClientResponse {
        let response: ClientResponse
        do {
            response = try await client.post(URI(string: url), beforeSend: prepare)
        } catch {
            throw SendFailure(answer: "unreachable: \(error)", permanent: false)
        }
        if let failure = SendFailure.from(response) { throw failure }
        return response
    }
}

/// The portal inbox: the row itself is the delivery, so there is nothing to send.
struct InboxSender: MessageSender {
    func send(_ message: OutboxEntry) async throws -> String { "inbox" }
}

/// With no gateway configured, messages are written to the message log administrators read.
struct DevelopmentSender: MessageSender {
    let database: any Database

    func send(_ message: OutboxEntry) async throws -> String {
        try await PortalRepository(database: database).record(SentMessage(
            recipientKind: message.recipientKind, recipientID: message.recipientID, channel: message.channel.rawValue,
            address: message.address, body: message.body, createdAt: Date()
        ))
        return "recorded in the development message log"
    }
}

/// Any SMS gateway that takes a JSON body and a bearer token.
struct GenericJSONSMSSender: MessageSender {
    let client: any Client
    let url: String
    let token: String
    let sender: String

    private struct Payload: Content {
        let to: String
        let from: String
        let text: String
        let reference: String
    }

    func send(_ message: OutboxEntry) async throws -> String {
        let payload = Payload(to: message.address, from: sender, text: message.body, reference: message.id.uuidString)
        let token = token, key = message.id.uuidString
        let response = try await post(client, to: url) { request in
            request.headers.bearerAuthorization = BearerAuthorization(token: token)
            request.headers.replaceOrAdd(name: "Idempotency-Key", value: key)
            try request.content.encode(payload, as: .json)
        }
        return response.body.map { String(buffer: $0) } ?? "HTTP \(response.status.code)"
    }
}

/// Unifonic's documented REST API: a form-encoded POST to `/rest/SMS/messages` with the
/// application's AppSid, the sender name, the number without "+", and our id as CorrelationID.
struct UnifonicSMSSender: MessageSender {
    let client: any Client
    let baseURL: String
    let appSid: String
    let senderID: String

    private struct Form: Content {
        let AppSid: String
        let SenderID: String
        let Recipient: String
        let Body: String
        let responseType: String
        let CorrelationID: String
    }

    private struct Answer: Decodable {
        let success: Bool?
        let message: String?
        let errorCode: String?
    }

    func send(_ message: OutboxEntry) async throws -> String {
        let recipient = message.address.hasPrefix("+") ? String(message.address.dropFirst()) : message.address
        let form = Form(AppSid: appSid, SenderID: senderID, Recipient: recipient, Body: message.body, responseType: "JSON", CorrelationID: message.id.uuidString)
        let response = try await post(client, to: baseURL + "/rest/SMS/messages") { request in
            request.headers.replaceOrAdd(name: .accept, value: "application/json")
            try request.content.encode(form, as: .urlEncodedForm)
        }
        let text = response.body.map { String(buffer: $0) } ?? ""
        if let answer = try? response.content.decode(Answer.self), answer.success == false {
            throw SendFailure(answer: text, permanent: true)
        }
        return text
    }
}

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
            components: message.parameters.isEmpty ? [] : [.init(type: "body", parameters: message.parameters.map { .init(type: "text", text: $0) })]
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
