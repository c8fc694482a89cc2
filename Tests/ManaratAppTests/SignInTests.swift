import Foundation
import ManaratApp
import ManaratDomain
import ManaratPersistence
import ManaratTestSupport
import Testing
import Vapor
import VaporTesting

@Suite("Staff sign-in, sessions and lockout")
struct SignInTests {
    @Test("a correct password signs in with a HttpOnly SameSite=Lax session cookie and opens the desk")
    func signInOpensDesk() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "noura", roles: [.relations])
            let browser = TestBrowser(app: app)
            // act
            let response = try await browser.signIn(username: "Noura", password: Fixtures.password)
            let desk = try await browser.get("/staff")
            // assert
            #expect(response.status == .seeOther)
            #expect(response.headers.first(name: .location) == "/staff")
            let cookie = try #require(response.headers[.setCookie].first { $0.hasPrefix("manarat_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
            #expect(desk.status == .ok)
            #expect(desk.body.string.contains("Test noura"))
        }
    }

    @Test("cookies are Secure when a trusted proxy says the browser used TLS, and only then")
    func secureCookieBehindTLS() async throws {
        try await withApp(configure: { $0.trustedProxies = ["127.0.0.1"] }) { app, _ in
            // setup
            let port = freeLoopbackPort()
            let proxied = try TestBrowser(app: app, method: .running(hostname: "127.0.0.1", port: port))
            let proxiedPlain = try TestBrowser(app: app, method: .running(hostname: "127.0.0.1", port: port))
            let direct = TestBrowser(app: app)
            // act
            let overTLS = try await proxied.get("/staff/sign-in", headers: ["X-Forwarded-Proto": "https"])
            let overHTTP = try await proxiedPlain.get("/staff/sign-in")
            let spoofed = try await direct.get("/staff/sign-in", headers: ["X-Forwarded-Proto": "https"])
            // assert
            // The running client follows the sign-in redirect itself, so the cookie set on a plain
            // page shows the rule; the session cookie is built by the same `isSecureConnection`.
            let cookie = { (response: TestingHTTPResponse) in
                response.headers[.setCookie].first { $0.hasPrefix("manarat_visitor=") } ?? ""
            }
            #expect(cookie(overTLS).contains("Secure"))
            #expect(!cookie(overHTTP).isEmpty && !cookie(overHTTP).contains("Secure"))
            // Without a trusted peer the header is only a claim, so the cookie is not marked Secure.
            #expect(!cookie(spoofed).isEmpty && !cookie(spoofed).contains("Secure"))
        }
    }

    @Test("a wrong password is refused with a message in Arabic and a 401")
    func wrongPassword() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "noura", roles: [.relations])
            let browser = TestBrowser(app: app)
            // act
            let response = try await browser.signIn(username: "noura", password: "not the password")
            // assert
            #expect(response.status == .unauthorized)
            #expect(response.body.string.contains("اسم المستخدم أو كلمة المرور غير صحيحة"))
            #expect(response.body.string.contains("value=\"noura\""))
            #expect(browser.cookies["manarat_session"] == nil)
        }
    }

    @Test("five wrong passwords lock the account for fifteen minutes, even for the right password, then it opens")
    func lockout() async throws {
        try await withApp { app, harness in
            // setup
            try await Fixtures.staff(app, username: "noura", roles: [.relations])
            let browser = TestBrowser(app: app)
            // act
            var statuses: [HTTPStatus] = []
            for _ in 1...5 {
                statuses.append(try await browser.signIn(username: "noura", password: "wrong password!").status)
            }
            let whileLocked = try await browser.signIn(username: "noura", password: Fixtures.password)
            harness.clock.advance(by: 15 * 60)
            let afterLock = try await browser.signIn(username: "noura", password: Fixtures.password)
            // assert
            #expect(statuses == [.unauthorized, .unauthorized, .unauthorized, .unauthorized, .forbidden])
            #expect(whileLocked.status == .forbidden)
            #expect(whileLocked.body.string.contains("أُوقف الدخول إلى هذا الحساب مؤقتًا"))
            #expect(afterLock.status == .seeOther)
            let locked = try await AuditLog(database: app.db).browse(
                AuditFilter(actionPrefix: "staff.locked"), page: 1, perPage: 10)
            #expect(locked.entries.count == 1)
        }
    }

    @Test("too many attempts from one address are slowed down whatever the usernames")
    func perAddressLimit() async throws {
        try await withApp(configure: { $0.signInRateLimit = 3 }) { app, _ in
            // setup
            let browser = TestBrowser(app: app)
            // act
            var statuses: [HTTPStatus] = []
            for attempt in 1...4 {
                statuses.append(
                    try await browser.signIn(username: "user\(attempt)", password: "wrong password!").status)
            }
            // assert
            #expect(statuses == [.unauthorized, .unauthorized, .unauthorized, .tooManyRequests])
        }
    }

    @Test("a session id planted before sign-in is replaced, and the planted one never signs in")
    func sessionRotation() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "noura", roles: [.relations])
            let browser = TestBrowser(app: app)
            browser.setCookie("manarat_session", "planted-by-an-attacker-0000000000000000")
            // act
            try await browser.signIn(username: "noura", password: Fixtures.password)
            let issued = browser.cookies["manarat_session"]
            let attacker = TestBrowser(app: app)
            attacker.setCookie("manarat_session", "planted-by-an-attacker-0000000000000000")
            let attackerView = try await attacker.get("/staff")
            // assert
            #expect(issued != nil)
            #expect(issued != "planted-by-an-attacker-0000000000000000")
            #expect(attackerView.status == .seeOther)
        }
    }

    @Test("after sign-out the old session cookie is dead")
    func signOutKillsSession() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "noura", roles: [.relations])
            let browser = TestBrowser(app: app)
            try await browser.signIn(username: "noura", password: Fixtures.password)
            let oldToken = try #require(browser.cookies["manarat_session"])
            try await browser.get("/staff")
            // act
            let signOut = try await browser.post("/staff/sign-out", form: [])
            let replay = TestBrowser(app: app)
            replay.setCookie("manarat_session", oldToken)
            let afterwards = try await replay.get("/staff")
            // assert
            #expect(signOut.status == .seeOther)
            #expect(afterwards.status == .seeOther)
            #expect(afterwards.headers.first(name: .location)?.hasPrefix("/staff/sign-in") == true)
        }
    }

    @Test("a session unused for the idle timeout is dead; one in use stays alive")
    func idleTimeout() async throws {
        try await withApp { app, harness in
            // setup
            try await Fixtures.staff(app, username: "noura", roles: [.relations])
            let browser = TestBrowser(app: app)
            try await browser.signIn(username: "noura", password: Fixtures.password)
            // act
            harness.clock.advance(by: 25 * 60)
            let stillActive = try await browser.get("/staff")
            harness.clock.advance(by: 25 * 60)
            let touchedKeepsAlive = try await browser.get("/staff")
            harness.clock.advance(by: 31 * 60)
            let idle = try await browser.get("/staff")
            // assert
            #expect(stillActive.status == .ok)
            #expect(touchedKeepsAlive.status == .ok)
            #expect(idle.status == .seeOther)
        }
    }

    @Test("a staff member whose password was set by an administrator must change it before anything else")
    func forcedPasswordChange() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "noura", roles: [.relations], mustChangePassword: true)
            let browser = TestBrowser(app: app)
            // act
            let signIn = try await browser.signIn(username: "noura", password: Fixtures.password)
            let desk = try await browser.get("/staff")
            try await browser.get("/staff/account/password")
            let change = try await browser.post(
                "/staff/account/password",
                form: [
                    ("current", Fixtures.password), ("new", "a brand new passphrase"),
                    ("confirm", "a brand new passphrase"),
                ])
            let deskAfter = try await browser.get("/staff")
            // assert
            #expect(signIn.headers.first(name: .location) == "/staff/account/password")
            #expect(desk.headers.first(name: .location) == "/staff/account/password")
            #expect(change.status == .seeOther)
            #expect(deskAfter.status == .ok)
        }
    }

    @Test("a new password that is too short or unconfirmed is refused next to its field, nothing changes")
    func passwordValidation() async throws {
        try await withApp { app, _ in
            // setup
            try await Fixtures.staff(app, username: "noura", roles: [.relations])
            let browser = TestBrowser(app: app)
            try await browser.signIn(username: "noura", password: Fixtures.password)
            try await browser.get("/staff/account/password")
            // act
            let response = try await browser.post(
                "/staff/account/password",
                form: [("current", Fixtures.password), ("new", "short"), ("confirm", "other")])
            let signInAgain = TestBrowser(app: app)
            let oldStillWorks = try await signInAgain.signIn(username: "noura", password: Fixtures.password)
            // assert
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("id=\"new-error\""))
            #expect(response.body.string.contains("id=\"confirm-error\""))
            #expect(oldStillWorks.status == .seeOther)
        }
    }
}
