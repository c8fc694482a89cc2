import ManaratDomain
import Vapor

/// The beneficiary's contact details as posted from the portal.
struct PortalProfileForm: Content, Equatable {
    /// The form's fields, named as the HTML names them.
    enum Field: String, CaseIterable, Sendable {
        case phone, phoneOther, city, district, address, preferredChannel, preferredLanguage, version
    }

    var phone: String?
    var phoneOther: String?
    var city: String?
    var district: String?
    var address: String?
    var preferredChannel: String?
    var preferredLanguage: String?
    var version: Int?

    /// The channels a beneficiary may prefer from the portal.
    static let channels: [ContactChannel] = [.phone, .website, .socialMedia, .interview]

    /// The form showing `beneficiary`'s details, mobiles written the local way (05…).
    init(beneficiary b: Beneficiary) {
        self.init(
            phone: b.phones.first.map { "0" + $0.dropFirst(4) },
            phoneOther: b.phones.dropFirst().first.map { "0" + $0.dropFirst(4) }, city: b.city, district: b.district,
            address: b.address, preferredChannel: b.preferredChannel.rawValue,
            preferredLanguage: b.preferredLanguage.rawValue, version: b.version)
    }

    init(
        phone: String? = nil, phoneOther: String? = nil, city: String? = nil, district: String? = nil,
        address: String? = nil, preferredChannel: String? = nil, preferredLanguage: String? = nil, version: Int? = nil
    ) {
        self.phone = phone
        self.phoneOther = phoneOther
        self.city = city
        self.district = district
        self.address = address
        self.preferredChannel = preferredChannel
        self.preferredLanguage = preferredLanguage
        self.version = version
    }

    /// The change, or every problem with it: the main mobile is required, each mobile given must
    /// be Saudi, the city is required; the rest is cut to its length.
    func parsed() -> Result<PortalProfileChange, PortalFormProblems<PortalProfileProblem>> {
        var problems: [PortalProfileProblem] = []
        var phones: [String] = []
        for (field, value) in [(Field.phone, phone), (.phoneOther, phoneOther)] {
            let typed = (value ?? "").trimmingCharacters(in: .whitespaces)
            if typed.isEmpty {
                if field == .phone { problems.append(.phoneRequired) }
                continue
            }
            switch SaudiMobile.normalized(typed) {
            case .success(let number): phones.append(number)
            case .failure: problems.append(.phoneInvalid(field))
            }
        }
        let city = (city ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if city.isEmpty { problems.append(.cityRequired) }
        guard problems.isEmpty else { return .failure(PortalFormProblems(problems: problems)) }
        return .success(
            PortalProfileChange(
                phones: phones, city: String(city.prefix(60)), district: String((district ?? "").prefix(60)),
                address: String((address ?? "").prefix(200)),
                preferredChannel: preferredChannel.flatMap(ContactChannel.init(rawValue:)),
                preferredLanguage: preferredLanguage.flatMap(Language.init(rawValue:)), version: version))
    }
}
