import Foundation

/// One entry of the audit log as it is hashed: who did what to which record, when and from where.
///
/// The log is a hash chain: each entry's hash covers the previous entry's hash and this entry's
/// canonical text, so editing or deleting any stored entry breaks every hash after it.
public struct AuditRecord: Sendable, Equatable {
    /// Position in the chain, starting at 1.
    public var sequence: Int
    /// When the action happened.
    public var occurredAt: Date
    /// The staff member or beneficiary who acted, if anyone (nil for the system).
    public var actorID: UUID?
    /// The actor's name at the time, kept because names change.
    public var actorName: String
    /// The role the actor acted in, if any.
    public var actingRole: String?
    /// A stable action name, such as "staff.create".
    public var action: String
    /// The kind of record acted on, such as "staff".
    public var recordType: String
    /// The record's identifier, if any.
    public var recordID: String?
    /// A short before/after summary; never secrets.
    public var summary: String
    /// The client's IP address, if the action came over HTTP.
    public var clientIP: String?

    /// Creates a record.
    public init(
        sequence: Int, occurredAt: Date, actorID: UUID?, actorName: String, actingRole: String?, action: String,
        recordType: String, recordID: String?, summary: String, clientIP: String?
    ) {
        self.sequence = sequence
        self.occurredAt = occurredAt
        self.actorID = actorID
        self.actorName = actorName
        self.actingRole = actingRole
        self.action = action
        self.recordType = recordType
        self.recordID = recordID
        self.summary = summary
        self.clientIP = clientIP
    }

    /// The text the hash covers: every field, in a fixed order, unambiguously separated.
    ///
    /// Times are written as whole milliseconds since 1970 so that both databases round-trip them
    /// exactly; each field is length-prefixed so no value can imitate a separator.
    public func canonicalText(previousHash: String) -> String {
        let millis = Int64((occurredAt.timeIntervalSince1970 * 1000).rounded())
        let fields: [String] = [
            previousHash,
            String(sequence),
            String(millis),
            actorID?.uuidString.lowercased() ?? "",
            actorName,
            actingRole ?? "",
            action,
            recordType,
            recordID ?? "",
            summary,
            clientIP ?? "",
        ]
        return fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
    }

    /// The instant truncated to whole milliseconds, as stored, so a record read back hashes the same.
    public static func storedInstant(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1000).rounded() / 1000)
    }
}
