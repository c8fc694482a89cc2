import Foundation
import ManaratDomain

/// A contact as staff recorded it, read but not yet checked against the staff and branches.
struct ContactDraft: Sendable, Equatable {
    /// Where the contact happened, when the form named it.
    enum Branch: Sendable, Equatable {
        /// The recording employee's own branch (the form did not say).
        case recorder
        /// No branch (head office).
        case none
        /// A branch office a representative chose.
        case chosen(UUID)
    }

    var channel: ContactChannel
    var direction: ContactDirection
    var summary: String
    var followUpOn: GregorianDay?
    /// The researcher a question was referred to.
    var referTo: UUID?
    var branch: Branch
}
