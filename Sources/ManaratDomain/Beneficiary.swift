import Foundation

/// Gender as recorded on an identity document.
public enum Gender: String, CaseIterable, Codable, Sendable { case male, female }

/// Marital status (الحالة الاجتماعية).
public enum MaritalStatus: String, CaseIterable, Codable, Sendable { case single, married, divorced, widowed }

/// The four-part Arabic name, as Saudi documents write it.
public struct PersonName: Sendable, Equatable, Codable {
    /// The given name.
    public var first: String
    /// The father's name.
    public var father: String
    /// The grandfather's name.
    public var grandfather: String
    /// The family name.
    public var family: String

    /// Creates a name.
    public init(first: String, father: String, grandfather: String, family: String) {
        self.first = first
        self.father = father
        self.grandfather = grandfather
        self.family = family
    }

    /// The parts joined, skipping empty ones.
    public var full: String {
        [first, father, grandfather, family].filter { !$0.isEmpty }.joined(separator: " ")
    }
}

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
    public init(id: UUID, fileNumber: String, name: PersonName, latinName: String, identity: IdentityNumber, identityExpiresOn: GregorianDay?, nationality: String, gender: Gender, bornOn: GregorianDay?, maritalStatus: MaritalStatus, phones: [String], city: String, district: String, address: String, nationalAddressCode: String, incomeSources: String, healthConditions: String, preferredLanguage: Language, preferredChannel: ContactChannel, branchID: UUID?, categoryIDs: Set<UUID>, version: Int) {
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

/// A beneficiary category (الفئة المستفيدة), managed by administrators.
public struct BeneficiaryCategory: Sendable, Equatable, Identifiable {
    /// The category's identifier.
    public var id: UUID
    /// A stable code, such as "orphans".
    public var code: String
    /// The Arabic name.
    public var nameArabic: String
    /// The English name.
    public var nameEnglish: String
    /// Whether it can still be chosen for new records.
    public var isActive: Bool

    /// Creates a category.
    public init(id: UUID, code: String, nameArabic: String, nameEnglish: String, isActive: Bool) {
        self.id = id
        self.code = code
        self.nameArabic = nameArabic
        self.nameEnglish = nameEnglish
        self.isActive = isActive
    }

    /// The name in the given language.
    public func name(in language: Language) -> String {
        language == .arabic ? nameArabic : nameEnglish
    }
}

/// A household member's relation to the head of household (صلة القرابة).
public enum Relation: String, CaseIterable, Codable, Sendable { case spouse, son, daughter, father, mother, brother, sister, other }

/// A household (الأسرة): its head, its members and its finances.
public struct Household: Sendable, Equatable, Identifiable {
    /// The household's identifier.
    public var id: UUID
    /// The beneficiary at its head.
    public var headID: UUID
    /// Monthly income of the whole household.
    public var monthlyIncome: Money
    /// Monthly rent.
    public var monthlyRent: Money
    /// Outstanding debts.
    public var debts: Money
    /// Housing type.
    public var housing: HousingType
    /// The members other than the head.
    public var members: [HouseholdMember]

    /// Creates a household.
    public init(id: UUID, headID: UUID, monthlyIncome: Money, monthlyRent: Money, debts: Money, housing: HousingType, members: [HouseholdMember]) {
        self.id = id
        self.headID = headID
        self.monthlyIncome = monthlyIncome
        self.monthlyRent = monthlyRent
        self.debts = debts
        self.housing = housing
        self.members = members
    }
}

/// A member of a household.
public struct HouseholdMember: Sendable, Equatable, Identifiable {
    /// The member's identifier.
    public var id: UUID
    /// The member's full name.
    public var fullName: String
    /// Relation to the head of household.
    public var relation: Relation
    /// Gender.
    public var gender: Gender
    /// The member's identity, when they have one.
    public var identity: IdentityNumber?
    /// Birth date.
    public var bornOn: GregorianDay?
    /// Health conditions: sensitive.
    public var healthConditions: String
    /// Notes on a child's parentage: sensitive.
    public var parentageNote: String
    /// The member's own beneficiary record, when they are also a beneficiary.
    public var beneficiaryID: UUID?

    /// Creates a member.
    public init(id: UUID, fullName: String, relation: Relation, gender: Gender, identity: IdentityNumber?, bornOn: GregorianDay?, healthConditions: String, parentageNote: String, beneficiaryID: UUID?) {
        self.id = id
        self.fullName = fullName
        self.relation = relation
        self.gender = gender
        self.identity = identity
        self.bornOn = bornOn
        self.healthConditions = healthConditions
        self.parentageNote = parentageNote
        self.beneficiaryID = beneficiaryID
    }
}

/// An amount of Saudi riyals, kept in halalas so sums are exact.
public struct Money: Sendable, Equatable, Hashable, Comparable, Codable {
    /// The amount in halalas (1/100 riyal).
    public var halalas: Int

    /// Creates an amount.
    public init(halalas: Int) {
        self.halalas = halalas
    }

    /// Zero riyals.
    public static let zero = Money(halalas: 0)

    /// The amount in riyals as a decimal.
    public var riyals: Decimal { Decimal(halalas) / 100 }

    /// Reads an amount typed by a person: Arabic-Indic digits, thousands separators (`,` and `٬`),
    /// and a decimal point (`.` or `٫`) with at most two decimals. Negative amounts are refused.
    public static func parse(_ text: String) -> Money? {
        var cleaned = Digits.latinized(text.trimmingCharacters(in: .whitespaces))
        cleaned = cleaned.replacingOccurrences(of: "٬", with: "").replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "٫", with: ".")
        for suffix in ["ريال", "ر.س", "SAR", "sar"] { cleaned = cleaned.replacingOccurrences(of: suffix, with: "") }
        cleaned = cleaned.trimmingCharacters(in: .whitespaces)
        if cleaned.isEmpty { return .zero }
        let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int(parts[0].isEmpty ? "0" : String(parts[0])), whole >= 0, whole < 1_000_000_000 else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let digits = String(parts[1])
            guard digits.count <= 2, digits.allSatisfy(\.isNumber), let value = Int(digits.padding(toLength: 2, withPad: "0", startingAt: 0)) else { return nil }
            fraction = value
        }
        return Money(halalas: whole * 100 + fraction)
    }

    /// "1500" or "1500.50": for form fields.
    public var plain: String {
        halalas % 100 == 0 ? String(halalas / 100) : String(format: "%d.%02d", halalas / 100, halalas % 100)
    }

    /// Orders amounts.
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.halalas < rhs.halalas }
}

/// Which kind of party a record belongs to.
public enum PartyKind: String, CaseIterable, Codable, Sendable { case beneficiary, supporter, volunteer }

/// A contact (تواصل) with a party on one of the policy's channels.
public struct Contact: Sendable, Equatable, Identifiable {
    /// The contact's identifier.
    public var id: UUID
    /// Who it was with.
    public var partyKind: PartyKind
    /// The party's identifier.
    public var partyID: UUID
    /// The channel.
    public var channel: ContactChannel
    /// Whether they reached us or we reached them.
    public var direction: ContactDirection
    /// The branch that handled it.
    public var branchID: UUID?
    /// The staff member who recorded it.
    public var staffID: UUID?
    /// What was said or done.
    public var summary: String
    /// When to follow it up, if needed.
    public var followUpOn: GregorianDay?
    /// Whether the follow-up was done.
    public var followUpDone: Bool
    /// When it happened.
    public var occurredAt: Date
    /// The social researcher a question the employee could not answer was referred to, as the policy asks.
    public var referredTo: UUID? = nil

    /// Creates a contact.
    public init(id: UUID, partyKind: PartyKind, partyID: UUID, channel: ContactChannel, direction: ContactDirection, branchID: UUID?, staffID: UUID?, summary: String, followUpOn: GregorianDay?, followUpDone: Bool, occurredAt: Date) {
        self.id = id
        self.partyKind = partyKind
        self.partyID = partyID
        self.channel = channel
        self.direction = direction
        self.branchID = branchID
        self.staffID = staffID
        self.summary = summary
        self.followUpOn = followUpOn
        self.followUpDone = followUpDone
        self.occurredAt = occurredAt
    }
}

/// Who may see which parts of a beneficiary's file.
public enum SensitiveData {
    /// The roles that may read health conditions and a child's parentage. Service delivery
    /// officers hand over services and do not need them.
    public static let readers: Set<Role> = [.admin, .relations, .researcher, .committee, .quality]

    /// Whether a staff member with `roles` may read sensitive fields.
    public static func mayRead(_ roles: Set<Role>) -> Bool {
        !roles.isDisjoint(with: readers)
    }
}

/// The privacy notice a beneficiary consents to before their data is saved.
public enum PrivacyNotice {
    /// The version in force; each consent records the version it was given to.
    public static let currentVersion = "2026.1"
}

extension Beneficiary {
    /// Age in whole years on `day` for someone born on `bornOn`.
    public static func ageInYears(bornOn: GregorianDay, on day: GregorianDay) -> Int {
        var years = day.year - bornOn.year
        if (day.month, day.day) < (bornOn.month, bornOn.day) { years -= 1 }
        return max(0, years)
    }
}
