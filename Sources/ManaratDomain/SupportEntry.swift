import Foundation

/// One gift from a supporter.
public struct SupportEntry: Sendable, Equatable, Identifiable {
    /// The entry's identifier.
    public var id: UUID
    /// The supporter.
    public var supporterID: UUID
    /// Cash or in kind.
    public var kind: SupportKind
    /// The amount, or the estimated value of goods.
    public var amount: Money
    /// What was given, for in-kind support.
    public var items: String
    /// What it is meant for (a program, a campaign, general).
    public var designation: String
    /// The day it was received.
    public var receivedOn: GregorianDay

    /// Creates an entry.
    public init(
        id: UUID, supporterID: UUID, kind: SupportKind, amount: Money, items: String, designation: String,
        receivedOn: GregorianDay
    ) {
        self.id = id
        self.supporterID = supporterID
        self.kind = kind
        self.amount = amount
        self.items = items
        self.designation = designation
        self.receivedOn = receivedOn
    }
}
