import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// Sign-in, lockout, address limits and password changes as `StaffSignInService` decides them,
/// on in-memory twins with a pinned clock and a hasher that counts its comparisons.
@Suite("Staff sign-in service")
struct StaffSignInServiceTests {
    struct Rig {
        let store: InMemoryStaffSignInStore
        let tally = ComparisonTally()
        let clock = TestClock()
        let service: StaffSignInService

        init(_ accounts: [StaffCredentials] = [.mockNoura], limits: SignInLimits = .mock) {
            store = InMemoryStaffSignInStore(accounts)
            service = StaffSignInService(
                store: store, attempts: InMemoryAttemptCounter(), passwords: .counting(tally),
                clock: clock.wallClock, limits: limits, decoyHash: "hash:decoy")
        }

        func signIn(_ username: String, _ password: String, from address: String = "10.0.0.1") async throws
            -> StaffSignInService.Outcome
        {
            try await service.signIn(
                SignInAttempt(username: username, password: password), from: address, presentedToken: nil,
                newToken: "token")
        }
    }

    @Test("the right password signs in, opens one session under the token's hash and audits it")
    func signsIn() async throws {
        // setup
        let rig = Rig()
        // act
        let outcome = try await rig.service.signIn(
            SignInAttempt(username: "noura", password: "correct horse battery"), from: "10.0.0.1",
            presentedToken: "planted", newToken: "fresh")
        // assert
        #expect(outcome == .signedIn(StaffCredentials.mockNoura.member, mustChangePassword: false))
        let sessions = await rig.store.sessions
        #expect(sessions.map(\.tokenHash) == [Tokens.hash("fresh")])
        #expect(await rig.store.audit.map(\.action) == [.staffSignIn])
        #expect(await rig.store.audit.first?.clientIP == "10.0.0.1")
    }

    @Test("five wrong passwords lock the account for 15 minutes; the right one is not even compared until then")
    func locks() async throws {
        // setup
        let rig = Rig()
        // act
        var outcomes: [StaffSignInService.Outcome] = []
        for _ in 1...5 { outcomes.append(try await rig.signIn("noura", "wrong password!")) }
        let comparedBeforeLock = await rig.tally.count
        let whileLocked = try await rig.signIn("noura", "correct horse battery")
        let comparedWhileLocked = await rig.tally.count - comparedBeforeLock
        rig.clock.advance(by: 15 * 60)
        let afterLock = try await rig.signIn("noura", "correct horse battery")
        // assert
        #expect(outcomes.prefix(4).allSatisfy { $0 == .refused(.invalid) })
        #expect(outcomes[4] == .refused(.locked(minutes: 15)))
        #expect(whileLocked == .refused(.locked(minutes: 15)))
        #expect(comparedWhileLocked == 0)
        #expect(afterLock == .signedIn(StaffCredentials.mockNoura.member, mustChangePassword: false))
        let actions = await rig.store.audit.map(\.action)
        #expect(
            actions == [
                .staffSignInFailed, .staffSignInFailed, .staffSignInFailed, .staffSignInFailed,
                .staffLocked, .staffSignIn,
            ])
    }

    @Test("a lock's remaining time is told in whole minutes, rounded up")
    func remainingMinutes() async throws {
        // setup
        var locked = StaffCredentials.mockNoura
        locked.lockedUntil = TestClock().now.addingTimeInterval(61)
        let lockedRig = Rig([locked])
        // act
        let outcome = try await lockedRig.signIn("noura", "correct horse battery")
        // assert
        #expect(outcome == .refused(.locked(minutes: 2)))
    }

    @Test("an unknown username is compared against the decoy and locks after as many failures as a real one")
    func unknownUsername() async throws {
        // setup
        let rig = Rig()
        // act
        var outcomes: [StaffSignInService.Outcome] = []
        for _ in 1...5 { outcomes.append(try await rig.signIn("nobody", "wrong password!")) }
        // assert
        #expect(outcomes.prefix(4).allSatisfy { $0 == .refused(.invalid) })
        #expect(outcomes[4] == .refused(.locked(minutes: 15)))
        #expect(await rig.tally.count == 5)
        #expect(await rig.store.audit.isEmpty)
    }

    @Test("an address over its limit is refused before any password is compared; successes never count")
    func addressLimit() async throws {
        // setup
        let rig = Rig(limits: SignInLimits(addressLimit: 3, addressWindow: 15 * 60, lockout: LockoutPolicy()))
        // act
        for _ in 1...5 { _ = try await rig.signIn("noura", "correct horse battery") }
        let failures = [
            try await rig.signIn("user1", "wrong password!"), try await rig.signIn("user2", "wrong password!"),
            try await rig.signIn("user3", "wrong password!"),
        ]
        let compared = await rig.tally.count
        let refused = try await rig.signIn("noura", "correct horse battery")
        let otherAddress = try await rig.signIn("noura", "correct horse battery", from: "10.0.0.2")
        // assert
        #expect(failures.allSatisfy { $0 == .refused(.invalid) })
        #expect(refused == .refused(.rateLimited))
        #expect(await rig.tally.count == compared + 1)
        #expect(otherAddress == .signedIn(StaffCredentials.mockNoura.member, mustChangePassword: false))
    }

    @Test("a deactivated account is refused like a wrong password, even with the right one")
    func inactive() async throws {
        // setup
        var inactive = StaffCredentials.mockNoura
        inactive.member.isActive = false
        let rig = Rig([inactive])
        // act
        let outcome = try await rig.signIn("noura", "correct horse battery")
        // assert
        #expect(outcome == .refused(.invalid))
        #expect(await rig.store.sessions.isEmpty)
    }

    @Test("a password set by an administrator signs in and asks for a new one first")
    func mustChange() async throws {
        // setup
        var account = StaffCredentials.mockNoura
        account.mustChangePassword = true
        let rig = Rig([account])
        // act
        let outcome = try await rig.signIn("noura", "correct horse battery")
        // assert
        #expect(outcome == .signedIn(account.member, mustChangePassword: true))
    }

    @Test("a password change lists every problem at once, the current password's first, and changes nothing")
    func passwordProblems() async throws {
        // setup
        let rig = Rig()
        let form = PasswordForm(current: "not it", new: "short", confirm: "other")
        // act
        let problems = try await rig.service.changePassword(
            staffID: StaffCredentials.mockNoura.member.id, form: form, newToken: "new", clientIP: nil,
            audit: .mockPasswordChange)
        // assert
        #expect(problems == [.currentWrong, .tooShort(minimum: 10), .mismatch])
        #expect(
            await rig.store.accounts[StaffCredentials.mockNoura.member.id]?.passwordHash == "hash:correct horse battery"
        )
        #expect(await rig.store.audit.isEmpty)
    }

    @Test("a good password change saves the hash, ends every other session and keeps this browser signed in")
    func passwordChanged() async throws {
        // setup
        let id = StaffCredentials.mockNoura.member.id
        let store = InMemoryStaffSignInStore(
            [.mockNoura],
            sessions: [
                .init(id: UUID(uuidString: "00000000-0000-4000-8000-0000000000c8")!, staffID: id, tokenHash: "other")
            ])
        let service = StaffSignInService(
            store: store, attempts: InMemoryAttemptCounter(), passwords: .counting(ComparisonTally()),
            clock: TestClock().wallClock, limits: .mock, decoyHash: "hash:decoy")
        let form = PasswordForm(
            current: "correct horse battery", new: "a longer passphrase", confirm: "a longer passphrase")
        // act
        let problems = try await service.changePassword(
            staffID: id, form: form, newToken: "new", clientIP: nil, audit: .mockPasswordChange)
        // assert
        #expect(problems.isEmpty)
        #expect(await store.accounts[id]?.passwordHash == "hash:a longer passphrase")
        #expect(await store.sessions.map(\.tokenHash) == [Tokens.hash("new")])
        #expect(await store.audit == [.mockPasswordChange])
    }
}
