import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

extension MessageSender {
    /// Posts to a provider: an unreachable provider or a non-2xx answer becomes a `SendFailure`.
    func post(_ client: any Client, to url: String, _ prepare: @escaping @Sendable (inout ClientRequest) throws -> Void)
        async throws -> ClientResponse
    {
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
