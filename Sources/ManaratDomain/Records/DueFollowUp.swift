import Foundation

/// A follow-up that is due, with whom it concerns.
public struct DueFollowUp: Sendable, Equatable {
    /// The contact that asked for it.
    public var contact: Contact
    /// The party's display name.
    public var partyName: String

    /// A value from its parts.
    public init(
        contact: Contact,
        partyName: String
    ) {
        self.contact = contact
        self.partyName = partyName
    }
}
