import Foundation
import ManaratDomain
import ManaratPersistence
import Vapor

extension Request {
    private struct SignedInStaffKey: StorageKey {
        typealias Value = SignedInStaff
    }

    /// The signed-in staff member, set by `SessionMiddleware`.
    var signedInStaff: SignedInStaff? {
        get { storage[SignedInStaffKey.self] }
        set { storage[SignedInStaffKey.self] = newValue }
    }

    /// The staff member, or nil when nobody is signed in.
    var staff: StaffMember? { signedInStaff?.member }

    private struct SignedInBeneficiaryKey: StorageKey {
        typealias Value = SignedInBeneficiary
    }

    /// The beneficiary signed in to the portal, set by `SessionMiddleware`.
    var signedInBeneficiary: SignedInBeneficiary? {
        get { storage[SignedInBeneficiaryKey.self] }
        set { storage[SignedInBeneficiaryKey.self] = newValue }
    }

    /// The hash of the session token of whoever is signed in, staff or beneficiary.
    var sessionTokenHash: String? { signedInStaff?.tokenHash ?? signedInBeneficiary?.tokenHash }
}
