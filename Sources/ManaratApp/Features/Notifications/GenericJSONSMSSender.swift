import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

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
        let token = token
        let key = message.id.uuidString
        let response = try await post(client, to: url) { request in
            request.headers.bearerAuthorization = BearerAuthorization(token: token)
            request.headers.replaceOrAdd(name: "Idempotency-Key", value: key)
            try request.content.encode(payload, as: .json)
        }
        return response.body.map { String(buffer: $0) } ?? "HTTP \(response.status.code)"
    }
}
