import Foundation

/// Browsing and filtering the audit log.
enum AuditPage {
    /// A staff member the actor filter offers.
    struct Actor: Sendable, Equatable {
        /// Their id, as the filter carries it.
        var id: UUID
        /// "Name (username)".
        var name: String
    }
}
