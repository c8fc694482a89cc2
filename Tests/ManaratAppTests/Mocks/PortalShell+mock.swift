@preconcurrency import Crypto
import Foundation
import ManaratDomain
import ManaratTestSupport

@testable import ManaratApp

extension PortalRegistration {
    /// Fatimah, with a national ID and her mobile.
    static let mockFatimah = PortalRegistration(
        identity: try! IdentityNumber.parse("1000000008", type: .nationalID).get(), firstName: "فاطمة",
        fatherName: "علي", familyName: "الزهراني", mobile: "+966501234567", city: "الرياض")
}

extension Beneficiary {
    /// Fatimah's file.
    static let mockFatimah = PortalRegistration.mockFatimah.beneficiary(
        id: .mockBeneficiary, fileNumber: "B-00001", language: .arabic)
}

/// The codes a test's sender was asked to send.
actor SentCodes {
    private(set) var sent: [(beneficiaryID: UUID, code: String, mobile: String)] = []

    func add(_ beneficiary: Beneficiary, _ code: String, _ mobile: String) {
        sent.append((beneficiary.id, code, mobile))
    }
}

extension PortalSignInService {
    /// The service on `store`, a fresh counter, `clock` and sequential ids, always issuing the
    /// code 123456 and recording what it sends in `sent`.
    static func mock(_ store: InMemoryPortalAccessStore, clock: TestClock, sent: SentCodes) -> PortalSignInService {
        PortalSignInService(
            store: store, attempts: InMemoryAttemptCounter(),
            sender: PortalCodeSender { beneficiary, code, mobile in await sent.add(beneficiary, code, mobile) },
            clock: clock.wallClock, ids: .sequential(), newCode: { "123456" },
            key: SymmetricKey(data: Data(repeating: 7, count: 32)), identityIndex: { "index:" + $0 })
    }
}

extension PortalSignInPage.Model {
    /// Both fields wrong.
    static let mockRefused = PortalSignInPage.Model(
        form: PortalSignInForm(identityNumber: "123", phone: "0123"), problems: [.identityInvalid, .phoneInvalid])
    /// Too many codes asked for.
    static let mockTooMany = PortalSignInPage.Model(form: PortalSignInForm(), problems: [.tooManyCodes])
}

extension PortalRegisterPage.Model {
    /// A registration sent without names, city or consent.
    static let mockRefused = PortalRegisterPage.Model(
        form: PortalRegisterForm(identityType: "national_id", identityNumber: "1000000008", phone: "0501234567"),
        problems: [.required(.firstName), .required(.fatherName), .required(.familyName), .required(.city), .consent])
}
