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
