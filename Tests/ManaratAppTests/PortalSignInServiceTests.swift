import Foundation
import ManaratDomain
import ManaratTestSupport
import Testing

@testable import ManaratApp

/// One-time codes and self-registration as `PortalSignInService` decides them, on in-memory
/// twins with a pinned clock, pinned ids and a pinned code.
@Suite("Portal sign-in service")
struct PortalSignInServiceTests {
    static let fatimah = Beneficiary.mockFatimah
    static let identity = PortalRegistration.mockFatimah.identity

    @Test("the right mobile gets the code by SMS and the code signs in once")
    func signsIn() async throws {
        // setup
        let store = InMemoryPortalAccessStore([Self.fatimah])
        let sent = SentCodes()
        let service = PortalSignInService.mock(store, clock: TestClock(), sent: sent)
        // act
        let outcome = try await service.requestCode(identity: Self.identity, mobile: "+966501234567", from: "10.0.0.1")
        guard case .issued(let id) = outcome else {
            Issue.record("no code issued")
            return
        }
        let first = try await service.verify(codeID: id, typed: "١٢٣٤٥٦", from: "10.0.0.1", newToken: "t1")
        let again = try await service.verify(codeID: id, typed: "123456", from: "10.0.0.1", newToken: "t2")
        // assert
        #expect(await sent.sent.map(\.code) == ["123456"])
        #expect(first == .signedIn(beneficiaryID: Self.fatimah.id))
        #expect(again == .wrong(left: 4))
        #expect(await store.sessions == [Tokens.hash("t1"): Self.fatimah.id])
        #expect(await store.audit.map(\.action) == [.portalSignIn])
        #expect(await store.codes[id]?.codeHash != "123456")
    }

    @Test("another mobile and an unknown identity get the same answer, and no SMS is sent")
    func sameAnswer() async throws {
        // setup
        let store = InMemoryPortalAccessStore([Self.fatimah])
        let sent = SentCodes()
        let service = PortalSignInService.mock(store, clock: TestClock(), sent: sent)
        let unknown = try IdentityNumber.parse("1000000016", type: .nationalID).get()
        // act
        let otherMobile = try await service.requestCode(identity: Self.identity, mobile: "+966559999999", from: nil)
        let stranger = try await service.requestCode(identity: unknown, mobile: "+966501234567", from: nil)
        // assert
        guard case .issued(let id) = otherMobile, case .issued = stranger else {
            Issue.record("a code was refused")
            return
        }
        #expect(await sent.sent.isEmpty)
        #expect(try await service.verify(codeID: id, typed: "123456", from: nil, newToken: "t") == .wrong(left: 4))
    }

    @Test("three codes per identity per window; the fourth is refused before anything is stored")
    func codesPerIdentity() async throws {
        // setup
        let store = InMemoryPortalAccessStore([Self.fatimah])
        let service = PortalSignInService.mock(store, clock: TestClock(), sent: SentCodes())
        // act
        var outcomes: [PortalCodeOutcome] = []
        for _ in 1...4 {
            outcomes.append(try await service.requestCode(identity: Self.identity, mobile: "+966501234567", from: nil))
        }
        // assert
        #expect(outcomes.last == .tooManyCodes)
        #expect(await store.codes.count == 3)
    }

    @Test("five wrong codes count down the tries, then the identity is locked and the lock audited")
    func locks() async throws {
        // setup
        let store = InMemoryPortalAccessStore([Self.fatimah])
        let service = PortalSignInService.mock(store, clock: TestClock(), sent: SentCodes())
        guard
            case .issued(let id) = try await service.requestCode(
                identity: Self.identity, mobile: "+966501234567", from: nil)
        else {
            Issue.record("no code issued")
            return
        }
        // act
        var outcomes: [PortalVerifyOutcome] = []
        for _ in 1...6 {
            outcomes.append(try await service.verify(codeID: id, typed: "000000", from: nil, newToken: "t"))
        }
        let rightButLocked = try await service.verify(codeID: id, typed: "123456", from: nil, newToken: "t")
        // assert
        #expect(
            outcomes == [.wrong(left: 4), .wrong(left: 3), .wrong(left: 2), .wrong(left: 1), .wrong(left: 0), .locked])
        #expect(rightButLocked == .locked)
        #expect(await store.audit.map(\.action) == [.portalLocked, .portalLocked])
    }

    @Test("a code stops working after five minutes")
    func expires() async throws {
        // setup
        let store = InMemoryPortalAccessStore([Self.fatimah])
        let clock = TestClock()
        let service = PortalSignInService.mock(store, clock: clock, sent: SentCodes())
        guard
            case .issued(let id) = try await service.requestCode(
                identity: Self.identity, mobile: "+966501234567", from: nil)
        else {
            Issue.record("no code issued")
            return
        }
        // act
        clock.advance(by: 5 * 60)
        let outcome = try await service.verify(codeID: id, typed: "123456", from: nil, newToken: "t")
        // assert
        #expect(outcome == .expired)
    }

    @Test("registering opens a file with what was given and sends its code; a known identity gets no second file")
    func registers() async throws {
        // setup
        let store = InMemoryPortalAccessStore()
        let sent = SentCodes()
        let service = PortalSignInService.mock(store, clock: TestClock(), sent: sent)
        var impostor = PortalRegistration.mockFatimah
        impostor.mobile = "+966559999999"
        impostor.firstName = "منتحل"
        // act
        let first = try await service.register(.mockFatimah, language: .english, from: "10.0.0.1")
        let second = try await service.register(impostor, language: .arabic, from: "10.0.0.2")
        // assert
        guard case .issued = first, case .issued = second else {
            Issue.record("a code was refused")
            return
        }
        let files = await store.beneficiaries.values.map { $0 }
        #expect(files.count == 1)
        #expect(files.first?.name.first == "فاطمة")
        #expect(files.first?.preferredLanguage == .english)
        #expect(await sent.sent.map(\.mobile) == ["+966501234567"])
        #expect(await store.audit.map(\.action) == [.portalRegister])
        #expect(await store.audit.first?.clientIP == "10.0.0.1")
    }
}
