import Foundation

/// A contact (تواصل) with a party on one of the policy's channels.
public struct Contact: Sendable, Equatable, Identifiable {
    /// The contact's identifier.
    public var id: UUID
    /// Who it was with.
    public var partyKind: PartyKind
    /// The party's identifier.
    public var partyID: UUID
    /// The channel.
    public var channel: ContactChannel
    /// Whether they reached us or we reached them.
    public var direction: ContactDirection
    /// The branch that handled it.
    public var branchID: UUID?
    /// The staff member who recorded it.
    public var staffID: UUID?
    /// What was said or done.
    public var summary: String
    /// When to follow it up, if needed.
    public var followUpOn: GregorianDay?
    /// Whether the follow-up was done.
    public var followUpDone: Bool
    /// When it happened.
    public var occurredAt: Date
    /// The social researcher a question the employee could not answer was referred to, as the policy asks.
    public var referredTo: UUID? = nil

    /// Creates a contact.
    public init(
        id: UUID, partyKind: PartyKind, partyID: UUID, channel: ContactChannel, direction: ContactDirection,
        branchID: UUID?, staffID: UUID?, summary: String, followUpOn: GregorianDay?, followUpDone: Bool,
        occurredAt: Date
    ) {
        self.id = id
        self.partyKind = partyKind
        self.partyID = partyID
        self.channel = channel
        self.direction = direction
        self.branchID = branchID
        self.staffID = staffID
        self.summary = summary
        self.followUpOn = followUpOn
        self.followUpDone = followUpDone
        self.occurredAt = occurredAt
    }
}
