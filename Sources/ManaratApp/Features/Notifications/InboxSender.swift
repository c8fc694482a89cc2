import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// The portal inbox: the row itself is the delivery, so there is nothing to send.
struct InboxSender: MessageSender {
    func send(_ message: OutboxEntry) async throws -> String { "inbox" }
}
