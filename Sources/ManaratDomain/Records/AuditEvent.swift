import Foundation

/// What happened, as told by the code that changed something; the log adds sequence, time and hashes.
public struct AuditEvent: Sendable, Equatable {
    /// The acting staff member or beneficiary; nil for the system itself.
    public var actorID: UUID?
    /// The actor's name at the time.
    public var actorName: String
    /// The role acted in, if any.
    public var actingRole: String?
    /// What was done, such as `.staffCreate`.
    public var action: AuditAction
    /// The kind of record, such as `.staff`.
    public var recordType: RecordType
    /// The record's identifier.
    public var recordID: String?
    /// A short before/after summary; never a password, code or token.
    public var summary: String
    /// The client's IP address.
    public var clientIP: String?

    /// Creates an event.
    public init(
        actorID: UUID?, actorName: String, actingRole: String?, action: AuditAction, recordType: RecordType,
        recordID: String?, summary: String, clientIP: String?
    ) {
        self.actorID = actorID
        self.actorName = actorName
        self.actingRole = actingRole
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.summary = summary
        self.clientIP = clientIP
    }
}
