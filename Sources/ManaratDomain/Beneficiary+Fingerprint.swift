import Foundation

extension Beneficiary {
    /// What the duplicate check compares of this beneficiary: the full name, birth day and phones.
    public var fingerprint: PersonFingerprint {
        PersonFingerprint(fullName: name.full, bornOn: bornOn, phones: phones)
    }
}
