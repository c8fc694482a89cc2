import ManaratDomain
import Testing

@testable import ManaratApp

/// The staff shell's forms, parsed without a server.
@Suite("Sign-in and password forms")
struct StaffShellFormTests {
    @Test("a username is matched the way accounts store it, and the typed text is kept for the page")
    func username() {
        // setup
        let form = SignInForm(username: "  Noura.Q ", password: "pass", next: "/staff")
        // act
        let attempt = form.attempt()
        // assert
        #expect(attempt.username == "noura.q")
        #expect(form.typedUsername == "  Noura.Q ")
    }

    @Test("an overlong username and password are cut before they are compared")
    func overlong() {
        // setup
        let form = SignInForm(
            username: String(repeating: "a", count: 500), password: String(repeating: "p", count: 500))
        // act
        let attempt = form.attempt()
        // assert
        #expect(form.typedUsername.count == 100)
        #expect(attempt.password.count == 200)
    }

    @Test("a new password's problems are listed next to their fields, in order")
    func passwordProblems() {
        // setup
        let short = PasswordForm(current: "old password", new: "short", confirm: "shorter")
        let same = PasswordForm(
            current: "the same passphrase", new: "the same passphrase", confirm: "the same passphrase")
        let tooLong = PasswordForm(
            current: "x", new: String(repeating: "ب", count: 40), confirm: String(repeating: "ب", count: 40))
        let good = PasswordForm(current: "old password", new: "a longer passphrase", confirm: "a longer passphrase")
        // act
        let problems = [short, same, tooLong, good].map { $0.problems() }
        // assert
        #expect(problems[0] == [.tooShort(minimum: 10), .mismatch])
        #expect(problems[0].map(\.field) == [.new, .confirm])
        #expect(problems[1] == [.sameAsCurrent])
        #expect(problems[2] == [.tooLong])
        #expect(problems[3].isEmpty)
    }
}
