import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// Delivers what the outbox holds: claims due messages, hands each to its channel's sender and
/// records the answer, retrying with backoff. Several workers, in one process or in several
/// instances on one PostgreSQL, never send the same claimed message twice.
struct OutboxWorker: Sendable {
    let database: any Database
    let client: any Client
    let eventLoopGroup: any EventLoopGroup
    let settings: NotificationSettings
    let clock: WallClock
    let timeZone: TimeZone
    let logger: Logger
    /// How many messages one claim takes.
    var batchSize = 20
    /// How long a claim is held before another worker may take the message over.
    var lease: TimeInterval = 120

    init(app: Application) {
        lease = app.manarat.configuration.notifications.lease
        database = app.db
        client = app.client
        eventLoopGroup = app.eventLoopGroup
        settings = app.manarat.configuration.notifications
        clock = app.manarat.configuration.clock
        timeZone = app.manarat.configuration.timeZone
        logger = app.logger
    }

    /// The sender for `channel` under this configuration.
    func sender(for channel: NotificationChannel) -> any MessageSender {
        switch channel {
        case .portal:
            return InboxSender()
        case .sms:
            switch settings.sms {
            case .development: return DevelopmentSender(database: database, clock: clock)
            case .genericJSON(let url, let token, let sender):
                return GenericJSONSMSSender(client: client, url: url, token: token, sender: sender)
            case .unifonic(let baseURL, let appSid, let senderID):
                return UnifonicSMSSender(client: client, baseURL: baseURL, appSid: appSid, senderID: senderID)
            }
        case .whatsapp:
            if let whatsApp = settings.whatsApp { return WhatsAppCloudSender(client: client, settings: whatsApp) }
            return DevelopmentSender(database: database, clock: clock)
        case .email:
            if let smtp = settings.smtp { return SMTPSender(settings: smtp, eventLoopGroup: eventLoopGroup) }
            return DevelopmentSender(database: database, clock: clock)
        }
    }

    /// Claims and sends one batch; returns how many messages it handled.
    @discardableResult
    func runOnce() async throws -> Int {
        let outbox = OutboxRepository(database: database)
        let claimed = try await database.writeTransaction { db in
            try await OutboxRepository(database: db).claim(limit: batchSize, at: clock.now(), lease: lease)
        }
        for message in claimed {
            do {
                let answer = try await sender(for: message.channel).send(message)
                try await outbox.markSent(message, providerAnswer: answer, at: clock.now())
            } catch let failure as SendFailure {
                let retryAt =
                    failure.permanent
                    ? nil : settings.retry.nextAttempt(afterFailedAttempts: message.attempts, at: clock.now())
                try await outbox.markFailedAttempt(id: message.id, providerAnswer: failure.answer, retryAt: retryAt)
                logger.warning(
                    "notification not sent",
                    metadata: [
                        "id": .string(message.id.uuidString), "channel": .string(message.channel.rawValue),
                        "attempt": .stringConvertible(message.attempts),
                    ])
            }
        }
        return claimed.count
    }

    /// Sends until nothing is due; returns how many messages it handled.
    @discardableResult
    func drain() async throws -> Int {
        var total = 0
        while true {
            let handled = try await runOnce()
            total += handled
            if handled == 0 { return total }
        }
    }

    /// Runs until cancelled: sends what is due, runs the scheduled jobs when their time comes
    /// (on one instance at a time), and waits `pollInterval` when idle. A failure is logged and
    /// the loop goes on, so a database restart does not stop delivery for good.
    func run(holder: String) async {
        while !Task.isCancelled {
            do {
                try await ScheduledNotifications(
                    database: database, clock: clock, settings: settings, timeZone: timeZone
                ).runIfDue(holder: holder)
                if try await runOnce() > 0 { continue }
            } catch {
                logger.error("outbox worker: \(String(describing: error))")
            }
            try? await Task.sleep(nanoseconds: UInt64(settings.pollInterval * 1_000_000_000))
        }
    }
}
