import Foundation

/// A beneficiary kept out of retention, and why.
public struct LegalHold: Sendable, Equatable {
    /// The beneficiary.
    public var beneficiaryID: UUID
    /// Their file number.
    public var fileNumber: String
    /// Their name.
    public var name: String
    /// Why their records are kept (a court case, an investigation).
    public var reason: String

    /// Creates a hold.
    public init(beneficiaryID: UUID, fileNumber: String, name: String, reason: String) {
        self.beneficiaryID = beneficiaryID
        self.fileNumber = fileNumber
        self.name = name
        self.reason = reason
    }
}
