import Foundation

/// The kinds of document a request can carry (المستندات المطلوبة).
///
/// The raw values are stored in the database and never renamed.
public enum DocumentKind: String, CaseIterable, Codable, Sendable {
    /// A copy of the identity document (صورة الهوية).
    case identityCopy
    /// The family record (سجل الأسرة).
    case familyRecord
    /// A salary certificate (تعريف بالراتب).
    case salaryCertificate
    /// A lease (عقد الإيجار).
    case lease
    /// A medical report (تقرير طبي).
    case medicalReport
    /// A bank letter showing the IBAN (خطاب الآيبان).
    case ibanLetter
    /// The applicant's signed attestation that the data is correct.
    case signedAttestation
    /// A photo taken by the social researcher on a home visit.
    case researchPhoto
    /// Anything else the employee decides to keep.
    case other
}
