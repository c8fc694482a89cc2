import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

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
        let form = Form(
            AppSid: appSid, SenderID: senderID, Recipient: recipient, Body: message.body, responseType: "JSON",
            CorrelationID: message.id.uuidString)
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
