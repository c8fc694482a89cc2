import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// With no gateway configured, messages are written to the message log administrators read.
struct DevelopmentSender: MessageSender {
    let database: any Database
    /// Stamps each logged message, so tests that pin the clock see their time.
    let clock: WallClock

    func send(_ message: OutboxEntry) async throws -> String {
        try await PortalRepository(database: database).record(
            SentMessage(
                recipientKind: message.recipientKind, recipientID: message.recipientID,
                channel: message.channel.rawValue,
                address: message.address, body: message.body, createdAt: clock.now()
            ))
        return "recorded in the development message log"
    }
}
