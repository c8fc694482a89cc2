import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// `manarat audit verify`: walks the audit chain and names the first altered entry.
struct AuditCommands: AsyncCommandGroup {
    var help: String { "Audit log tools" }
    var commands: [String: any AnyAsyncCommand] { ["verify": VerifyCommand()] }

    struct VerifyCommand: AsyncCommand {
        struct Signature: CommandSignature {}

        var help: String { "Checks that no audit entry was edited or deleted" }

        func run(using context: CommandContext, signature: Signature) async throws {
            let log = AuditLog(database: context.application.db)
            if let broken = try await log.verify() {
                let reason: String
                switch broken.reason {
                case .contentChanged: reason = "its content was changed after it was written"
                case .linkBroken: reason = "it does not follow the entry before it (an entry was replaced or removed)"
                case .gap(let expected): reason = "entry #\(expected) is missing (deleted)"
                }
                throw CommandFailure(message: "audit chain BROKEN at entry #\(broken.sequence): \(reason)")
            }
            let count = try await AuditEntryModel.query(on: context.application.db).count()
            context.console.print("audit chain intact: \(count) entries verified")
        }
    }
}
