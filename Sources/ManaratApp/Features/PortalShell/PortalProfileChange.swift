import ManaratDomain

/// The contact details a beneficiary changed in the portal, checked.
struct PortalProfileChange: Sendable, Equatable {
    /// Their mobiles, normalized, the main one first.
    var phones: [String]
    var city: String
    var district: String
    var address: String
    var preferredChannel: ContactChannel?
    var preferredLanguage: Language?
    /// The file's version the page showed, so a change by staff in between is not overwritten.
    var version: Int?

    /// `beneficiary` with these details.
    func applied(to beneficiary: Beneficiary) -> Beneficiary {
        var changed = beneficiary
        changed.phones = phones
        changed.city = city
        changed.district = district
        changed.address = address
        changed.preferredChannel = preferredChannel ?? beneficiary.preferredChannel
        changed.preferredLanguage = preferredLanguage ?? beneficiary.preferredLanguage
        changed.version = version ?? beneficiary.version
        return changed
    }
}
