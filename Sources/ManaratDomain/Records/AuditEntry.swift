import Foundation

/// What a change says of itself in the audit log; the store that saves it adds who acted, when
/// and from where.
public struct AuditEntry: Sendable, Equatable {
    /// What was done.
    public var action: AuditAction
    /// The kind of record changed.
    public var recordType: RecordType
    /// The record's identifier.
    public var recordID: String?
    /// A short before/after summary; never a password, code or token.
    public var summary: String

    /// Creates an entry.
    public init(action: AuditAction, recordType: RecordType, recordID: String?, summary: String) {
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.summary = summary
    }
}
