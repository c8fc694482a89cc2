import Foundation

/// A stored document of a request.
public struct RequestDocument: Sendable, Equatable, Identifiable {
    /// The document's identifier.
    public var id: UUID
    /// What it is.
    public var kind: DocumentKind
    /// Its content's hash, the key into the document store.
    public var sha256: String
    /// The detected format.
    public var format: DocumentFormat
    /// Size in bytes.
    public var size: Int
    /// The name it was uploaded with, cleaned; shown only, never used as a path.
    public var originalName: String
    /// Issue date, if entered.
    public var issuedOn: GregorianDay?
    /// Expiry date, if entered.
    public var expiresOn: GregorianDay?
    /// When it was uploaded.
    public var uploadedAt: Date
    /// The request it belongs to.
    public var requestID: UUID
    /// For an identity copy, the number printed on it, matched against the beneficiary's record.
    public var identityNumber: String? = nil

    /// Creates a value.
    public init(
        id: UUID, kind: DocumentKind, sha256: String, format: DocumentFormat, size: Int, originalName: String,
        issuedOn: GregorianDay?, expiresOn: GregorianDay?, uploadedAt: Date, requestID: UUID
    ) {
        self.id = id
        self.kind = kind
        self.sha256 = sha256
        self.format = format
        self.size = size
        self.originalName = originalName
        self.issuedOn = issuedOn
        self.expiresOn = expiresOn
        self.uploadedAt = uploadedAt
        self.requestID = requestID
    }
}
