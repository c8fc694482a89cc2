import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

/// `manarat create-admin`: creates an administrator. There is no built-in password: it is given,
/// typed at a prompt, or generated and printed once.
struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "username", help: "The sign-in name (letters, digits, . _ -)")
        var username: String?
        @Option(name: "name", help: "The name shown to colleagues")
        var name: String?
        @Option(name: "password", help: "The password; omit it to be asked, or to have one generated when there is no terminal")
        var password: String?
    }

    var help: String { "Creates an administrator account" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        // What these commands write is sealed: with another key than the database's, refuse.
        try await checkDataKey(app)
        let rawUsername = signature.username ?? context.console.ask("Username:")
        guard case .success(let username) = StaffRules.normalizedUsername(rawUsername) else {
            throw CommandFailure(message: "create-admin: the username may contain only letters, digits, '.', '_' and '-'")
        }
        if try await StaffRepository(database: app.db).usernameTaken(username) {
            throw CommandFailure(message: "create-admin: the username \(username) is already taken")
        }
        let displayName = signature.name ?? username
        var password = signature.password
        var generated = false
        if password == nil {
            if isatty(STDIN_FILENO) == 1 {
                password = context.console.ask("Password (at least \(String(PasswordRule.minimumLength)) characters):", isSecure: true)
            } else {
                password = TemporaryPassword.make(length: 16)
                generated = true
            }
        }
        guard let password, PasswordRule.violations(of: password).isEmpty else {
            throw CommandFailure(message: "create-admin: the password must be \(PasswordRule.minimumLength) to \(PasswordRule.maximumBytes) bytes long")
        }
        _ = try await AdminAccount.create(app, username: username, displayName: displayName, password: password, mustChange: generated)
        context.console.print("Administrator \(username) created.")
        if generated {
            context.console.print("Password (shown only now; change it at first sign-in): \(password)")
        }
    }
}

/// `manarat seed-demo`: realistic Arabic demo data.
struct SeedDemoCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "branches", help: "How many branches (1-\(DemoData.branchCatalog.count)); default 3")
        var branches: Int?
        @Option(name: "password", help: "The password of every demo staff account; generated when omitted")
        var password: String?
        @Option(name: "beneficiaries", help: "How many demo beneficiaries (with households and contacts); default 200")
        var beneficiaries: Int?
        @Option(name: "requests", help: "How many demo support requests in every status; default half the beneficiaries")
        var requests: Int?
    }

    var help: String { "Loads demo branches and staff in every role" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        // What these commands write is sealed: with another key than the database's, refuse.
        try await checkDataKey(app)
        let branches = max(1, min(signature.branches ?? 3, DemoData.branchCatalog.count))
        let password = signature.password ?? TemporaryPassword.make(length: 12)
        guard PasswordRule.violations(of: password).isEmpty else {
            throw CommandFailure(message: "seed-demo: the password must be at least \(PasswordRule.minimumLength) characters")
        }
        let count = max(0, min(signature.beneficiaries ?? 200, 2_000_000))
        let requests = max(0, min(signature.requests ?? count / 2, 5_000_000))
        let result = try await DemoData.seed(app, options: .init(branches: branches, password: password, beneficiaries: count, requests: requests)) { line in
            context.console.print(line)
        }
        context.console.print("Demo data: \(result.branches) branches, \(result.staff) staff accounts, \(result.beneficiaries) beneficiaries, \(result.requests) requests, \(result.articles) FAQ articles; staff password for all: \(result.password)")
    }
}

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

/// `manarat backup --to PATH`: a consistent copy of the embedded SQLite database, taken while the
/// application runs. PostgreSQL is backed up with `pg_dump -Fc` (see the README, "Deploying").
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "to", help: "The file to write; it must not exist yet")
        var to: String?
    }

    var help: String { "Copies the SQLite database consistently (PostgreSQL: use pg_dump -Fc)" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let path = signature.to, !path.isEmpty else { throw CommandFailure(message: "backup: say where with --to PATH") }
        do {
            try await Backup.sqlite(context.application.db, to: path)
        } catch Backup.Refusal.notSQLite {
            throw CommandFailure(message: "backup: this installation uses PostgreSQL; back it up with pg_dump -Fc (README, \"Deploying\")")
        } catch Backup.Refusal.targetExists(let existing) {
            throw CommandFailure(message: "backup: \(existing) already exists; choose a new file")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        context.console.print("backup written to \(path) (\(size) bytes); restore by stopping Manarat and putting it in place of the database file (MANARAT_SQLITE_PATH)")
    }
}
