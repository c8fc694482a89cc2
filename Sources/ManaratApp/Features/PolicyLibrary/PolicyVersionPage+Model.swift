import Foundation
import ManaratDomain

extension PolicyVersionPage {
    /// What the page shows.
    struct Model: Sendable, Equatable {
        var version: PolicyVersion
        /// Who read it, and when.
        var acknowledgements: [UUID: Date]
        /// Every version of the document, newest first.
        var history: [PolicyVersion]
        /// The reader.
        var staffID: UUID
        /// Whether the reader sees who has read it.
        var isAdmin: Bool
        /// The active staff, for an administrator.
        var everyone: [StaffMember]
    }
}
