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
        @Option(
            name: "password",
            help: "The password; omit it to be asked, or to have one generated when there is no terminal")
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
            throw CommandFailure(
                message: "create-admin: the username may contain only letters, digits, '.', '_' and '-'")
        }
        if try await StaffRepository(database: app.db).usernameTaken(username) {
            throw CommandFailure(message: "create-admin: the username \(username) is already taken")
        }
        let displayName = signature.name ?? username
        var password = signature.password
        var generated = false
        if password == nil {
            if isatty(STDIN_FILENO) == 1 {
                password = context.console.ask(
                    "Password (at least \(String(PasswordRule.minimumLength)) characters):", isSecure: true)
            } else {
                password = TemporaryPassword.make(length: 16)
                generated = true
            }
        }
        guard let password, PasswordRule.violations(of: password).isEmpty else {
            throw CommandFailure(
                message:
                    "create-admin: the password must be \(PasswordRule.minimumLength) to \(PasswordRule.maximumBytes) bytes long"
            )
        }
        _ = try await AdminAccount.create(
            app, username: username, displayName: displayName, password: password, mustChange: generated)
        context.console.print("Administrator \(username) created.")
        if generated {
            context.console.print("Password (shown only now; change it at first sign-in): \(password)")
        }
    }
}
