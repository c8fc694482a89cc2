import ManaratDomain

/// A contact as a timeline shows it: the contact, and who recorded it where.
struct ContactLine: Sendable, Equatable {
    var contact: Contact
    /// The staff member's name and branch, joined.
    var recordedBy: String
}
