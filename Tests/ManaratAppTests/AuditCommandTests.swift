import ConsoleKit
import Foundation
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import SQLKit
import Testing
import Vapor

@testable import ManaratApp

@Suite("manarat audit verify")
struct AuditCommandTests {
    func runVerify(_ app: Application) async throws {
        let console = TestConsole()
        var context = CommandContext(console: console, input: CommandInput(arguments: ["manarat", "verify"]))
        context.application = app
        try await AuditCommands().run(using: &context)
    }

    @Test("passes on an intact log and names the edited row, failing, once a row is changed in the database")
    func verifyNamesTheEditedRow() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "admin", roles: [.admin])
            let admin = TestBrowser(app: app)
            try await admin.signIn(username: "admin", password: Fixtures.password)
            try await admin.get("/staff/account/password")
            try await admin.post(
                "/staff/account/password",
                form: [
                    ("current", Fixtures.password), ("new", "another long passphrase"),
                    ("confirm", "another long passphrase"),
                ])
            try await admin.post("/staff/sign-out", form: [])
            try await runVerify(app)
            // act
            try await (app.db as! any SQLDatabase).raw(
                "UPDATE audit_entries SET actor_name = 'someone else' WHERE sequence = 2"
            ).run()
            // assert
            await #expect(throws: CommandFailure.self) { try await runVerify(app) }
            do {
                try await runVerify(app)
            } catch let failure as CommandFailure {
                #expect(failure.message.contains("entry #2"))
            }
        }
    }
}

/// A console that records output instead of printing it.
final class TestConsole: Console, @unchecked Sendable {
    var output = ""
    var userInfo: [AnySendableHashable: any Sendable] = [:]
    var size: (width: Int, height: Int) { (80, 24) }
    func input(isSecure: Bool) -> String { "" }
    func output(_ text: ConsoleText, newLine: Bool) { output += text.description + (newLine ? "\n" : "") }
    func report(error: String, newLine: Bool) { output += error + (newLine ? "\n" : "") }
    func clear(_ type: ConsoleClear) {}
}
