import Foundation
import ManaratDomain
import Vapor

/// The beneficiary form as submitted: every field as typed, so a refused form can be shown again
/// exactly as it was.
struct BeneficiaryForm: Content {
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

    /// The checked values, or the refusals, in the user's language.
    func validate(strings: Strings, categories known: [BeneficiaryCategory], branches: [Branch], today: GregorianDay)
        -> (draft: Draft?, errors: [FieldError])
    {
        var errors: [FieldError] = []
        // The summary at the top lists every refusal, so each names its field.
        let labels: [String: Key] = [
            "firstName": .firstName, "fatherName": .fatherName, "familyName": .familyName, "nationality": .nationality,
            "city": .city, "bornOn": .bornOn, "phone": .phone, "identityNumber": .identityNumber,
        ]
        func required(_ field: String) -> String {
            labels[field].map { strings.format(.fieldRequiredNamed, ["field": strings[$0]]) } ?? strings[.fieldRequired]
        }
        func text(_ value: String?, _ field: String, required isRequired: Bool, maximum: Int = 200) -> String {
            let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if isRequired && trimmed.isEmpty { errors.append(FieldError(field: field, message: required(field))) }
            if trimmed.count > maximum {
                errors.append(
                    FieldError(
                        field: field, message: strings.format(.fieldTooLong, ["maximum": strings.number(maximum)])))
            }
            return trimmed
        }
        let name = PersonName(
            first: text(firstName, "firstName", required: true, maximum: 60),
            father: text(fatherName, "fatherName", required: true, maximum: 60),
            grandfather: text(grandfatherName, "grandfatherName", required: false, maximum: 60),
            family: text(familyName, "familyName", required: true, maximum: 60)
        )
        let latin = text(latinName, "latinName", required: false, maximum: 120)
        var identity: IdentityNumber?
        if let type = identityType.flatMap(IdentityType.init(rawValue:)) {
            switch IdentityNumber.parse(identityNumber ?? "", type: type) {
            case .success(let value): identity = value
            case .failure(let problem):
                errors.append(
                    FieldError(field: "identityNumber", message: IdentityMessages.message(problem, strings: strings)))
            }
        } else {
            errors.append(FieldError(field: "identityType", message: strings[.fieldRequired]))
        }
        let expires = Self.day(
            identityExpiresOn, calendar: identityExpiresOnCalendar, field: "identityExpiresOn", required: false,
            strings: strings, errors: &errors)
        let born = Self.day(
            bornOn, calendar: bornOnCalendar, field: "bornOn", required: true, strings: strings, errors: &errors,
            label: strings[.bornOn])
        if let born, born > today { errors.append(FieldError(field: "bornOn", message: strings[.bornInFuture])) }
        var phones: [String] = []
        for (field, value, required) in [("phone", phone, true), ("phoneOther", phoneOther, false)] {
            let typed = (value ?? "").trimmingCharacters(in: .whitespaces)
            if typed.isEmpty {
                if required {
                    errors.append(
                        FieldError(
                            field: field, message: strings.format(.fieldRequiredNamed, ["field": strings[.phone]])))
                }
                continue
            }
            switch SaudiMobile.normalized(typed) {
            case .success(let number): phones.append(number)
            case .failure: errors.append(FieldError(field: field, message: strings[.phoneInvalid]))
            }
        }
        let categoryIDs = Set((categories ?? []).compactMap(UUID.init(uuidString:)))
        if categoryIDs.count != (categories ?? []).count || !categoryIDs.isSubset(of: Set(known.map(\.id))) {
            errors.append(FieldError(field: "categories", message: strings[.categoryUnknown]))
        }
        var branch: UUID?
        if let raw = branchID, !raw.isEmpty {
            if let id = UUID(uuidString: raw), branches.contains(where: { $0.id == id }) {
                branch = id
            } else {
                errors.append(FieldError(field: "branchID", message: strings[.branchUnknown]))
            }
        }
        let draft = Draft(
            name: name, latinName: latin, identity: identity, identityExpiresOn: expires,
            nationality: text(nationality, "nationality", required: true, maximum: 60),
            gender: gender.flatMap(Gender.init(rawValue:)) ?? .male, bornOn: born,
            maritalStatus: maritalStatus.flatMap(MaritalStatus.init(rawValue:)) ?? .single, phones: phones,
            city: text(city, "city", required: true, maximum: 60),
            district: text(district, "district", required: false, maximum: 60),
            address: text(address, "address", required: false, maximum: 200),
            nationalAddressCode: text(nationalAddressCode, "nationalAddressCode", required: false, maximum: 20)
                .uppercased(),
            incomeSources: text(incomeSources, "incomeSources", required: false, maximum: 500),
            healthConditions: text(healthConditions, "healthConditions", required: false, maximum: 1000),
            preferredLanguage: preferredLanguage.flatMap(Language.init(rawValue:)) ?? .arabic,
            preferredChannel: preferredChannel.flatMap(ContactChannel.init(rawValue:)) ?? .phone,
            branchID: branch, categoryIDs: categoryIDs
        )
        return errors.isEmpty ? (draft, []) : (nil, errors)
    }

    /// Reads a date field typed in either calendar.
    static func day(
        _ text: String?, calendar: String?, field: String, required: Bool, strings: Strings, errors: inout [FieldError],
        label: String? = nil
    ) -> GregorianDay? {
        let typed = (text ?? "").trimmingCharacters(in: .whitespaces)
        if typed.isEmpty {
            if required {
                errors.append(
                    FieldError(
                        field: field,
                        message: label.map { strings.format(.fieldRequiredNamed, ["field": $0]) }
                            ?? strings[.fieldRequired]))
            }
            return nil
        }
        switch DateInput.parse(typed, calendar: calendar == "gregorian" ? .gregorian : .hijri) {
        case .success(let day): return day
        case .failure(let error):
            errors.append(FieldError(field: field, message: DateInputMessages.message(for: error, strings: strings)))
            return nil
        }
    }

    /// The validated values, before an id and file number are given.
    struct Draft {
        var name: PersonName
        var latinName: String
        var identity: IdentityNumber?
        var identityExpiresOn: GregorianDay?
        var nationality: String
        var gender: Gender
        var bornOn: GregorianDay?
        var maritalStatus: MaritalStatus
        var phones: [String]
        var city: String
        var district: String
        var address: String
        var nationalAddressCode: String
        var incomeSources: String
        var healthConditions: String
        var preferredLanguage: Language
        var preferredChannel: ContactChannel
        var branchID: UUID?
        var categoryIDs: Set<UUID>

        func beneficiary(id: UUID, fileNumber: String, version: Int) -> Beneficiary {
            Beneficiary(
                id: id, fileNumber: fileNumber, name: name, latinName: latinName, identity: identity!,
                identityExpiresOn: identityExpiresOn, nationality: nationality, gender: gender, bornOn: bornOn,
                maritalStatus: maritalStatus, phones: phones, city: city, district: district, address: address,
                nationalAddressCode: nationalAddressCode, incomeSources: incomeSources,
                healthConditions: healthConditions, preferredLanguage: preferredLanguage,
                preferredChannel: preferredChannel, branchID: branchID, categoryIDs: categoryIDs, version: version)
        }
    }
}
