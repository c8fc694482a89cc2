import Foundation

/// A filter for browsing the audit log.
public struct AuditFilter: Sendable, Equatable {
    /// Only this actor's entries.
    public var actorID: UUID?
    /// Only actions starting with this prefix, such as "staff.".
    public var actionPrefix: String?
    /// Only this record type.
    public var recordType: String?
    /// Only this record.
    public var recordID: String?
    /// Only entries at or after this instant.
    public var from: Date?
    /// Only entries before this instant.
    public var until: Date?

    /// Creates a filter; every field is optional.
    public init(
        actorID: UUID? = nil, actionPrefix: String? = nil, recordType: String? = nil, recordID: String? = nil,
        from: Date? = nil, until: Date? = nil
    ) {
        self.actorID = actorID
        self.actionPrefix = actionPrefix
        self.recordType = recordType
        self.recordID = recordID
        self.from = from
        self.until = until
    }
}
