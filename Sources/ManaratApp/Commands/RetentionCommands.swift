import Fluent
import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// `manarat retention run [--dry-run]`: applies the retention schedule (see the staff page
/// "Data retention schedule"), prints what it did, and records it in the audit log.
/// Schedule it daily (cron or a systemd timer); a dry run only reports.
struct RetentionCommands: AsyncCommandGroup {
    var help: String { "Data retention (PDPL)" }
    var commands: [String: any AnyAsyncCommand] { ["run": RunCommand()] }

    struct RunCommand: AsyncCommand {
        struct Signature: CommandSignature {
            @Flag(name: "dry-run", help: "Report what has expired without changing anything")
            var dryRun: Bool
        }

        var help: String { "Anonymizes or deletes the records past their retention period" }

        func run(using context: CommandContext, signature: Signature) async throws {
            let app = context.application
            try await checkDataKey(app)
            let report = try await Retention.run(app, dryRun: signature.dryRun)
            for line in report { context.console.print(line) }
        }
    }
}
