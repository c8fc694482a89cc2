import Foundation

/// A document the applicant handed in, with the dates written on it.
public struct ProvidedDocument: Sendable, Equatable {
    /// The kind of document.
    public var kind: DocumentKind
    /// The issue date, when the document shows one.
    public var issuedOn: GregorianDay?
    /// The expiry date, when the document shows one.
    public var expiresOn: GregorianDay?

    /// Creates a provided document.
    public init(kind: DocumentKind, issuedOn: GregorianDay?, expiresOn: GregorianDay?) {
        self.kind = kind
        self.issuedOn = issuedOn
        self.expiresOn = expiresOn
    }
}
