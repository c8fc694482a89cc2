import Foundation

/// A short line about a beneficiary for lists and search results.
public struct BeneficiarySummary: Sendable, Equatable, Identifiable {
    /// The beneficiary's identifier.
    public var id: UUID
    /// The file number.
    public var fileNumber: String
    /// The full Arabic name.
    public var fullName: String
    /// The identity.
    public var identity: IdentityNumber
    /// The main mobile number.
    public var phone: String
    /// City.
    public var city: String
    /// Birth date.
    public var bornOn: GregorianDay?

    /// A value from its parts.
    public init(
        id: UUID,
        fileNumber: String,
        fullName: String,
        identity: IdentityNumber,
        phone: String,
        city: String,
        bornOn: GregorianDay?
    ) {
        self.id = id
        self.fileNumber = fileNumber
        self.fullName = fullName
        self.identity = identity
        self.phone = phone
        self.city = city
        self.bornOn = bornOn
    }
}
