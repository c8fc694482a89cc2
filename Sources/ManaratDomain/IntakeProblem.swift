import Foundation

/// Something that keeps a request from complete registration.
public enum IntakeProblem: Sendable, Equatable, Hashable {
    /// A required field is empty; the associated value is the field's key.
    case missingField(String)
    /// No copy of a required document was provided.
    case missingDocument(DocumentKind)
    /// The document had expired before the submission day.
    case documentExpired(DocumentKind, expiredOn: GregorianDay)
    /// The document's issue date is after the submission day, which is almost always a typing mistake.
    case documentNotYetIssued(DocumentKind)
    /// The document must be valid at submission but no expiry date was entered, so its validity cannot be checked.
    case documentExpiryMissing(DocumentKind)
    /// The identity number on the request is not the one on the beneficiary's record.
    case identityMismatch
    /// An identity copy is in, but the number printed on it was never entered, so it was not
    /// matched against the beneficiary's record.
    case identityNotMatched
}
