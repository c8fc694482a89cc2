import Foundation
import ManaratDomain
import Vapor

/// The beneficiary form as submitted: every field as typed, so a refused form can be shown again
/// exactly as it was.
struct BeneficiaryForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case firstName, fatherName, grandfatherName, familyName, latinName, identityType, identityNumber
        case identityExpiresOn, nationality, gender, bornOn, maritalStatus, phone, phoneOther, city, district
        case address, nationalAddressCode, incomeSources, healthConditions, preferredLanguage, preferredChannel
        case branchID, categories, consent, consentChannel, duplicatesReviewed, version
    }

    var firstName: String?
    var fatherName: String?
    var grandfatherName: String?
    var familyName: String?
    var latinName: String?
    var identityType: String?
    var identityNumber: String?
    var identityExpiresOn: String?
    var identityExpiresOnCalendar: String?
    var nationality: String?
    var gender: String?
    var bornOn: String?
    var bornOnCalendar: String?
    var maritalStatus: String?
    var phone: String?
    var phoneOther: String?
    var city: String?
    var district: String?
    var address: String?
    var nationalAddressCode: String?
    var incomeSources: String?
    var healthConditions: String?
    var preferredLanguage: String?
    var preferredChannel: String?
    var branchID: String?
    var categories: [String]?
    var consent: String?
    var consentChannel: String?
    var duplicatesReviewed: String?
    var reviewedIDs: [String]?
    var version: Int?

    /// The form filled from a stored beneficiary, dates written in Hijri as staff usually read them.
    init(_ beneficiary: Beneficiary) {
        firstName = beneficiary.name.first
        fatherName = beneficiary.name.father
        grandfatherName = beneficiary.name.grandfather
        familyName = beneficiary.name.family
        latinName = beneficiary.latinName
        identityType = beneficiary.identity.type.rawValue
        identityNumber = beneficiary.identity.value
        identityExpiresOn = beneficiary.identityExpiresOn.map(Self.hijriText)
        identityExpiresOnCalendar = "hijri"
        nationality = beneficiary.nationality
        gender = beneficiary.gender.rawValue
        bornOn = beneficiary.bornOn.map(Self.hijriText)
        bornOnCalendar = "hijri"
        maritalStatus = beneficiary.maritalStatus.rawValue
        phone = beneficiary.phones.first.map { "0" + $0.dropFirst(4) }
        phoneOther = beneficiary.phones.dropFirst().first.map { "0" + $0.dropFirst(4) }
        city = beneficiary.city
        district = beneficiary.district
        address = beneficiary.address
        nationalAddressCode = beneficiary.nationalAddressCode
        incomeSources = beneficiary.incomeSources
        healthConditions = beneficiary.healthConditions
        preferredLanguage = beneficiary.preferredLanguage.rawValue
        preferredChannel = beneficiary.preferredChannel.rawValue
        branchID = beneficiary.branchID?.uuidString.lowercased()
        categories = beneficiary.categoryIDs.map { $0.uuidString.lowercased() }
        version = beneficiary.version
    }

    /// An empty form with the usual defaults.
    init(branchID: UUID?) {
        identityType = IdentityType.nationalID.rawValue
        nationality = "سعودي"
        gender = Gender.male.rawValue
        maritalStatus = MaritalStatus.married.rawValue
        bornOnCalendar = "hijri"
        identityExpiresOnCalendar = "hijri"
        preferredLanguage = Language.arabic.rawValue
        preferredChannel = ContactChannel.phone.rawValue
        consentChannel = ContactChannel.interview.rawValue
        self.branchID = branchID?.uuidString.lowercased()
    }

    static func hijriText(_ day: GregorianDay) -> String {
        let hijri = UmmAlQura.hijri(from: day).day
        return "\(hijri.day)/\(hijri.month)/\(hijri.year)"
    }

    /// The checked values, or every problem with them; whether the identity is free is the
    /// service's to say.
    func parsed(categories known: [BeneficiaryCategory], branches: [Branch], today: GregorianDay) -> (
        draft: BeneficiaryDraft?, problems: [BeneficiaryProblem]
    ) {
        var problems: [BeneficiaryProblem] = []
        func text(_ value: String?, _ field: Field, required isRequired: Bool, maximum: Int = 200) -> String {
            let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if isRequired && trimmed.isEmpty { problems.append(.required(field)) }
            if trimmed.count > maximum { problems.append(.tooLong(field, maximum: maximum)) }
            return trimmed
        }
        func day(_ text: String?, calendar: String?, _ field: Field, required: Bool) -> GregorianDay? {
            switch FormDay(text, calendar: calendar) {
            case .empty:
                if required { problems.append(.required(field)) }
                return nil
            case .day(let day): return day
            case .invalid(let error):
                problems.append(.day(field, error))
                return nil
            }
        }
        let name = PersonName(
            first: text(firstName, .firstName, required: true, maximum: 60),
            father: text(fatherName, .fatherName, required: true, maximum: 60),
            grandfather: text(grandfatherName, .grandfatherName, required: false, maximum: 60),
            family: text(familyName, .familyName, required: true, maximum: 60)
        )
        let latin = text(latinName, .latinName, required: false, maximum: 120)
        var identity: IdentityNumber?
        if let type = identityType.flatMap(IdentityType.init(rawValue:)) {
            switch IdentityNumber.parse(identityNumber ?? "", type: type) {
            case .success(let value): identity = value
            case .failure(let problem): problems.append(.identity(problem))
            }
        } else {
            problems.append(.identityTypeMissing)
        }
        let expires = day(identityExpiresOn, calendar: identityExpiresOnCalendar, .identityExpiresOn, required: false)
        let born = day(bornOn, calendar: bornOnCalendar, .bornOn, required: true)
        if let born, born > today { problems.append(.bornInFuture) }
        var phones: [String] = []
        for (field, value, required) in [(Field.phone, phone, true), (Field.phoneOther, phoneOther, false)] {
            let typed = (value ?? "").trimmingCharacters(in: .whitespaces)
            if typed.isEmpty {
                if required { problems.append(.required(field)) }
                continue
            }
            switch SaudiMobile.normalized(typed) {
            case .success(let number): phones.append(number)
            case .failure: problems.append(.phoneInvalid(field))
            }
        }
        let categoryIDs = Set((categories ?? []).compactMap(UUID.init(uuidString:)))
        if categoryIDs.count != (categories ?? []).count || !categoryIDs.isSubset(of: Set(known.map(\.id))) {
            problems.append(.categoryUnknown)
        }
        var branch: UUID?
        if let raw = branchID, !raw.isEmpty {
            if let id = UUID(uuidString: raw), branches.contains(where: { $0.id == id }) {
                branch = id
            } else {
                problems.append(.branchUnknown)
            }
        }
        let nationality = text(nationality, .nationality, required: true, maximum: 60)
        let city = text(city, .city, required: true, maximum: 60)
        let district = text(district, .district, required: false, maximum: 60)
        let address = text(address, .address, required: false, maximum: 200)
        let addressCode = text(nationalAddressCode, .nationalAddressCode, required: false, maximum: 20).uppercased()
        let income = text(incomeSources, .incomeSources, required: false, maximum: 500)
        let health = text(healthConditions, .healthConditions, required: false, maximum: 1000)
        guard problems.isEmpty, let identity else { return (nil, problems) }
        return (
            BeneficiaryDraft(
                name: name, latinName: latin, identity: identity, identityExpiresOn: expires, nationality: nationality,
                gender: gender.flatMap(Gender.init(rawValue:)) ?? .male, bornOn: born,
                maritalStatus: maritalStatus.flatMap(MaritalStatus.init(rawValue:)) ?? .single, phones: phones,
                city: city, district: district, address: address, nationalAddressCode: addressCode,
                incomeSources: income, healthConditions: health,
                preferredLanguage: preferredLanguage.flatMap(Language.init(rawValue:)) ?? .arabic,
                preferredChannel: preferredChannel.flatMap(ContactChannel.init(rawValue:)) ?? .phone,
                branchID: branch, categoryIDs: categoryIDs),
            []
        )
    }

    /// The channel consent was given through; the interview when none was chosen.
    var consentThrough: ContactChannel { consentChannel.flatMap(ContactChannel.init(rawValue:)) ?? .interview }

    /// The possible duplicates the employee ticked as reviewed.
    var reviewed: Set<UUID> { Set((reviewedIDs ?? []).compactMap(UUID.init(uuidString:))) }
}
