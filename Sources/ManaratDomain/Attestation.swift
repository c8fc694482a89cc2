import Foundation

/// The applicant's attestation that the data is correct (الإقرار بصحة البيانات).
public struct Attestation: Sendable, Equatable {
    /// The version of the attestation text agreed to.
    public var version: String
    /// When it was given.
    public var attestedAt: Date
    /// The channel: in person at a branch, or online.
    public var channel: ContactChannel
    /// The scanned signed form, for in-person attestations.
    public var signedFormDocumentID: UUID?

    /// Creates an attestation.
    public init(version: String, attestedAt: Date, channel: ContactChannel, signedFormDocumentID: UUID?) {
        self.version = version
        self.attestedAt = attestedAt
        self.channel = channel
        self.signedFormDocumentID = signedFormDocumentID
    }

    /// The version of the policy's attestation text in force; the words themselves are in the catalogs.
    public static let currentVersion = "2023.1"
}
