import ManaratDomain

/// A document as uploaded, checked by its content.
struct DocumentUpload: Sendable, Equatable {
    var kind: DocumentKind
    var format: DocumentFormat
    var bytes: [UInt8]
    /// The uploaded name, made safe to show.
    var originalName: String
    var issuedOn: GregorianDay?
    var expiresOn: GregorianDay?
    /// The number printed on an identity copy.
    var printedIdentity: String?
}
