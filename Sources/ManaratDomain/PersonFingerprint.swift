import Foundation

/// What the duplicate check compares about a person.
public struct PersonFingerprint: Sendable, Equatable {
    /// The full name as typed, in any spelling; it is normalized before comparison.
    public var fullName: String
    /// The birth date, when known.
    public var bornOn: GregorianDay?
    /// Mobile numbers in E.164 form ("+9665XXXXXXXX").
    public var phones: [String]

    /// Creates a fingerprint.
    public init(fullName: String, bornOn: GregorianDay?, phones: [String]) {
        self.fullName = fullName
        self.bornOn = bornOn
        self.phones = phones
    }
}
