import Foundation
import ManaratDomain

/// A person registering themselves in the portal, as the form gave them, checked.
struct PortalRegistration: Sendable, Equatable {
    var identity: IdentityNumber
    var firstName: String
    var fatherName: String
    var familyName: String
    /// The mobile, normalized (9665…).
    var mobile: String
    var city: String

    /// The new file for this person: what they gave, the rest left for the intake interview.
    func beneficiary(id: UUID, fileNumber: String, language: Language) -> Beneficiary {
        Beneficiary(
            id: id, fileNumber: fileNumber,
            name: PersonName(first: firstName, father: fatherName, grandfather: "", family: familyName), latinName: "",
            identity: identity, identityExpiresOn: nil, nationality: identity.type == .nationalID ? "سعودي" : "",
            gender: .male, bornOn: nil, maritalStatus: .single, phones: [mobile], city: city, district: "",
            address: "", nationalAddressCode: "", incomeSources: "", healthConditions: "",
            preferredLanguage: language, preferredChannel: .website, branchID: nil, categoryIDs: [], version: 1)
    }
}
