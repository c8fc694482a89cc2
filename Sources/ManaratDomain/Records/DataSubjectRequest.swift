import Foundation

/// A data-subject request under the PDPL: access, correction or deletion.
public struct DataSubjectRequest: Sendable, Equatable, Identifiable {
    /// Its identifier.
    public var id: UUID
    /// The beneficiary.
    public var beneficiaryID: UUID
    /// "access", "correction" or "deletion".
    public var kind: String
    /// What the beneficiary asked.
    public var details: String
    /// Whether it is still open or answered.
    public var status: DataRequestStatus
    /// The day the 30-day answer is due.
    public var dueOn: GregorianDay
    /// The answer given.
    public var answer: String
    /// When it was made.
    public var createdAt: Date
    /// Why its period was extended; empty when it was not.
    public var extensionReason: String
    /// When its period was extended, if it was.
    public var extendedAt: Date?

    /// A value from its parts.
    public init(
        id: UUID,
        beneficiaryID: UUID,
        kind: String,
        details: String,
        status: DataRequestStatus,
        dueOn: GregorianDay,
        answer: String,
        createdAt: Date,
        extensionReason: String,
        extendedAt: Date?
    ) {
        self.id = id
        self.beneficiaryID = beneficiaryID
        self.kind = kind
        self.details = details
        self.status = status
        self.dueOn = dueOn
        self.answer = answer
        self.createdAt = createdAt
        self.extensionReason = extensionReason
        self.extendedAt = extendedAt
    }
}
