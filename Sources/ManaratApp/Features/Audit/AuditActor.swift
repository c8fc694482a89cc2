import Foundation
import ManaratDomain

/// Who acts, as the audit log names them: taken from the request by the controller, so a
/// service's store can audit its changes without holding the request.
struct AuditActor: Sendable, Equatable {
    /// The acting staff member or beneficiary; nil for the system or an anonymous visitor.
    var actorID: UUID?
    /// The staff member's username, or "beneficiary" and the file number.
    var actorName: String
    /// The role acted in, if any.
    var actingRole: String?
    /// The client's address.
    var clientIP: String?

    /// The event `entry` makes when this actor does it.
    func event(_ entry: AuditEntry) -> AuditEvent {
        AuditEvent(
            actorID: actorID, actorName: actorName, actingRole: actingRole, action: entry.action,
            recordType: entry.recordType, recordID: entry.recordID, summary: entry.summary, clientIP: clientIP)
    }
}
