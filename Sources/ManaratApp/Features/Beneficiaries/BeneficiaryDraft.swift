import Foundation
import ManaratDomain

/// A beneficiary as staff typed them, checked, before an id and file number are given.
struct BeneficiaryDraft: Sendable, Equatable {
    var name: PersonName
    var latinName: String
    var identity: IdentityNumber
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

    /// What the duplicate check compares.
    var fingerprint: PersonFingerprint { PersonFingerprint(fullName: name.full, bornOn: bornOn, phones: phones) }

    /// The beneficiary `id` with file number `fileNumber`, read at `version`.
    func beneficiary(id: UUID, fileNumber: String, version: Int) -> Beneficiary {
        Beneficiary(
            id: id, fileNumber: fileNumber, name: name, latinName: latinName, identity: identity,
            identityExpiresOn: identityExpiresOn, nationality: nationality, gender: gender, bornOn: bornOn,
            maritalStatus: maritalStatus, phones: phones, city: city, district: district, address: address,
            nationalAddressCode: nationalAddressCode, incomeSources: incomeSources,
            healthConditions: healthConditions, preferredLanguage: preferredLanguage,
            preferredChannel: preferredChannel, branchID: branchID, categoryIDs: categoryIDs, version: version)
    }
}
