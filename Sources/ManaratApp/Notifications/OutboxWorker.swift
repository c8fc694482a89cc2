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
            case .development: return DevelopmentSender(database: database)
            case .genericJSON(let url, let token, let sender): return GenericJSONSMSSender(client: client, url: url, token: token, sender: sender)
            case .unifonic(let baseURL, let appSid, let senderID): return UnifonicSMSSender(client: client, baseURL: baseURL, appSid: appSid, senderID: senderID)
            }
        case .whatsapp:
            if let whatsApp = settings.whatsApp { return WhatsAppCloudSender(client: client, settings: whatsApp) }
            return DevelopmentSender(database: database)
        case .email:
            if let smtp = settings.smtp { return SMTPSender(settings: smtp, eventLoopGroup: eventLoopGroup) }
            return DevelopmentSender(database: database)
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
                let retryAt = failure.permanent ? nil : settings.retry.nextAttempt(afterFailedAttempts: message.attempts, at: clock.now())
                try await outbox.markFailedAttempt(id: message.id, providerAnswer: failure.answer, retryAt: retryAt)
                logger.warning("notification not sent", metadata: ["id": .string(message.id.uuidString), "channel": .string(message.channel.rawValue), "attempt": .stringConvertible(message.attempts)])
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
                try await ScheduledNotifications(database: database, clock: clock, settings: settings, timeZone: timeZone).runIfDue(holder: holder)
                if try await runOnce() > 0 { continue }
            } catch {
                logger.error("outbox worker: \(String(describing: error))")
            }
            try? await Task.sleep(nanoseconds: UInt64(settings.pollInterval * 1_000_000_000))
        }
    }
}

/// Runs the outbox worker inside `serve`, from boot until shutdown.
final class OutboxWorkerLifecycle: LifecycleHandler, @unchecked Sendable {
    private var task: Task<Void, Never>?

    func didBootAsync(_ application: Application) async throws {
        let worker = OutboxWorker(app: application)
        let holder = "serve-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        task = Task { await worker.run(holder: holder) }
    }

    func shutdownAsync(_ application: Application) async {
        task?.cancel()
        await task?.value
    }
}

/// `manarat outbox run [--once]`: the worker apart from the web server; `manarat outbox test
/// --to NUMBER [--count N]`: puts test messages in the outbox to check a gateway.
struct OutboxCommands: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "action", help: "run or test")
        var action: String

        @Flag(name: "once", help: "run: send what is due now and exit.")
        var once: Bool

        @Option(name: "to", help: "test: the mobile number to send to, such as 0551234567.")
        var to: String?

        @Option(name: "count", help: "test: how many messages (default 1, at most 1000).")
        var count: Int?
    }

    var help: String { "The notifications outbox: `outbox run` keeps delivering; `outbox run --once` sends what is due and exits; `outbox test --to 05XXXXXXXX [--count N]` queues test SMS." }

    func run(using context: CommandContext, signature: Signature) async throws {
        try await context.application.autoMigrate()
        try await checkDataKey(context.application)
        if signature.action == "test" {
            guard let typed = signature.to, case .success(let mobile) = SaudiMobile.normalized(typed) else {
                throw CommandFailure(message: "usage: manarat outbox test --to 05XXXXXXXX [--count N]")
            }
            let count = min(max(signature.count ?? 1, 1), 1000)
            let app = context.application
            let now = app.manarat.configuration.clock.now()
            let text = Strings(language: .arabic)[.notifyGatewayTest]
            try await app.db.writeTransaction { db in
                for number in 1...count {
                    let reference = "TEST-\(number)"
                    try await OutboxRepository(database: db).enqueue(NotificationDraft(
                        event: .gatewayTest, recipientKind: "operator", recipientID: nil, relatedID: nil, channel: .sms, address: mobile,
                        language: .arabic, subject: "", body: MessageTemplate(text).render(["reference": reference, "name": ""]),
                        parameters: [reference], notBefore: now, dedupeKey: nil
                    ), at: now)
                }
            }
            context.console.print("outbox: \(count) test message(s) queued for \(mobile)")
            return
        }
        guard signature.action == "run" else { throw CommandFailure(message: "usage: manarat outbox run [--once] | manarat outbox test --to 05XXXXXXXX [--count N]") }
        let worker = OutboxWorker(app: context.application)
        if signature.once {
            let sent = try await worker.drain()
            context.console.print("outbox: \(sent) message(s) handled")
            return
        }
        context.console.print("outbox worker running; stop it with Ctrl-C")
        let holder = "outbox-\(ProcessInfo.processInfo.processIdentifier)"
        let task = Task { await worker.run(holder: holder) }
        await task.value
    }
}

public extension Application {
    /// Sends everything the outbox holds that is due now, as `manarat outbox run --once` does;
    /// returns how many messages were handled.
    @discardableResult
    func drainOutbox() async throws -> Int {
        try await OutboxWorker(app: self).drain()
    }

    /// Runs the calendar's notifications (identity expiry, instalments due) now, whatever the lease says.
    func runScheduledNotifications() async throws {
        let configuration = manarat.configuration
        try await ScheduledNotifications(database: db, clock: configuration.clock, settings: configuration.notifications, timeZone: configuration.timeZone).run()
    }
}
