import Foundation

/// A beneficiary (المستفيد) as the registry keeps them.
public struct Beneficiary: Sendable, Equatable, Identifiable {
    /// The beneficiary's identifier.
    public var id: UUID
    /// The file number staff use on paper, such as "M-000123".
    public var fileNumber: String
    /// The Arabic name.
    public var name: PersonName
    /// An optional Latin spelling.
    public var latinName: String
    /// The identity document's number and type.
    public var identity: IdentityNumber
    /// When the identity document expires.
    public var identityExpiresOn: GregorianDay?
    /// Nationality, as typed.
    public var nationality: String
    /// Gender.
    public var gender: Gender
    /// Birth date.
    public var bornOn: GregorianDay?
    /// Marital status.
    public var maritalStatus: MaritalStatus
    /// Mobile numbers in E.164, the first being the main one.
    public var phones: [String]
    /// City.
    public var city: String
    /// District.
    public var district: String
    /// Street address.
    public var address: String
    /// The national address short code.
    public var nationalAddressCode: String
    /// Work and income sources, as told.
    public var incomeSources: String
    /// Health conditions: sensitive, shown only to the roles that need them.
    public var healthConditions: String
    /// The language the beneficiary prefers.
    public var preferredLanguage: Language
    /// The channel the beneficiary prefers to be reached on.
    public var preferredChannel: ContactChannel
    /// The branch that serves the beneficiary.
    public var branchID: UUID?
    /// The categories (الفئات المستفيدة) the beneficiary belongs to.
    public var categoryIDs: Set<UUID>
    /// Bumped on every save; a save based on an older version is refused.
    public var version: Int

    /// Creates a beneficiary.
    public init(
        id: UUID, fileNumber: String, name: PersonName, latinName: String, identity: IdentityNumber,
        identityExpiresOn: GregorianDay?, nationality: String, gender: Gender, bornOn: GregorianDay?,
        maritalStatus: MaritalStatus, phones: [String], city: String, district: String, address: String,
        nationalAddressCode: String, incomeSources: String, healthConditions: String, preferredLanguage: Language,
        preferredChannel: ContactChannel, branchID: UUID?, categoryIDs: Set<UUID>, version: Int
    ) {
        self.id = id
        self.fileNumber = fileNumber
        self.name = name
        self.latinName = latinName
        self.identity = identity
        self.identityExpiresOn = identityExpiresOn
        self.nationality = nationality
        self.gender = gender
        self.bornOn = bornOn
        self.maritalStatus = maritalStatus
        self.phones = phones
        self.city = city
        self.district = district
        self.address = address
        self.nationalAddressCode = nationalAddressCode
        self.incomeSources = incomeSources
        self.healthConditions = healthConditions
        self.preferredLanguage = preferredLanguage
        self.preferredChannel = preferredChannel
        self.branchID = branchID
        self.categoryIDs = categoryIDs
        self.version = version
    }

    /// Age in whole years on `day`, from the birth date.
    public func age(on day: GregorianDay) -> Int? {
        bornOn.map { Self.ageInYears(bornOn: $0, on: day) }
    }
}

extension Beneficiary {
    /// Age in whole years on `day` for someone born on `bornOn`.
    public static func ageInYears(bornOn: GregorianDay, on day: GregorianDay) -> Int {
        var years = day.year - bornOn.year
        if (day.month, day.day) < (bornOn.month, bornOn.day) { years -= 1 }
        return max(0, years)
    }
}
