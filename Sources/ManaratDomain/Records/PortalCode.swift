import Foundation

/// A one-time portal code as stored: never the code itself, only its keyed hash.
public struct PortalCode: Sendable, Equatable {
    /// The row's id, which the signed cookie names.
    public var id: UUID
    /// The keyed hash of the identity number it was asked for.
    public var identityKey: String
    /// The file it signs in to; nil when the identity and mobile matched no file.
    public var beneficiaryID: UUID?
    /// The keyed hash of the code.
    public var codeHash: String
    /// When it stops working.
    public var expiresAt: Date
    /// Whether it was used already.
    public var consumed: Bool

    /// A value from its parts.
    public init(
        id: UUID, identityKey: String, beneficiaryID: UUID?, codeHash: String, expiresAt: Date, consumed: Bool
    ) {
        self.id = id
        self.identityKey = identityKey
        self.beneficiaryID = beneficiaryID
        self.codeHash = codeHash
        self.expiresAt = expiresAt
        self.consumed = consumed
    }
}
