import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

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

    var help: String {
        "The notifications outbox: `outbox run` keeps delivering; `outbox run --once` sends what is due and exits; `outbox test --to 05XXXXXXXX [--count N]` queues test SMS."
    }

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
                    try await OutboxRepository(database: db).enqueue(
                        NotificationDraft(
                            event: .gatewayTest, recipientKind: "operator", recipientID: nil, relatedID: nil,
                            channel: .sms, address: mobile,
                            language: .arabic, subject: "",
                            body: MessageTemplate(text).render(["reference": reference, "name": ""]),
                            parameters: [reference], notBefore: now, dedupeKey: nil
                        ), at: now)
                }
            }
            context.console.print("outbox: \(count) test message(s) queued for \(mobile)")
            return
        }
        guard signature.action == "run" else {
            throw CommandFailure(
                message: "usage: manarat outbox run [--once] | manarat outbox test --to 05XXXXXXXX [--count N]")
        }
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
