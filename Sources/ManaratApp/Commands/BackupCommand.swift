import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// `manarat backup --to PATH`: a consistent copy of the embedded SQLite database, taken while the
/// application runs. PostgreSQL is backed up with `pg_dump -Fc` (see the README, "Deploying").
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "to", help: "The file to write; it must not exist yet")
        var to: String?
    }

    var help: String { "Copies the SQLite database consistently (PostgreSQL: use pg_dump -Fc)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let path = signature.to, !path.isEmpty else {
            throw CommandFailure(message: "backup: say where with --to PATH")
        }
        do {
            try await Backup.sqlite(context.application.db, to: path)
        } catch Backup.Refusal.notSQLite {
            throw CommandFailure(
                message:
                    "backup: this installation uses PostgreSQL; back it up with pg_dump -Fc (README, \"Deploying\")")
        } catch Backup.Refusal.targetExists(let existing) {
            throw CommandFailure(message: "backup: \(existing) already exists; choose a new file")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        context.console.print(
            "backup written to \(path) (\(size) bytes); restore by stopping Manarat and putting it in place of the database file (MANARAT_SQLITE_PATH)"
        )
    }
}
