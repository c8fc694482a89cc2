import Foundation

/// A delivery or one instalment of a schedule.
public struct DeliveryRecord: Sendable, Equatable, Identifiable {
    /// The record's identifier.
    public var id: UUID
    /// Cash, in kind or referral.
    public var kind: ServiceKind
    /// The amount or value.
    public var amount: Money
    /// How cash is paid.
    public var method: PaymentMethod?
    /// The IBAN a bank transfer is paid to (stored sealed).
    public var iban: IBAN?
    /// A transfer, cheque or card reference.
    public var reference: String
    /// The items, for in-kind support.
    public var items: String
    /// The organization referred to, and for what.
    public var referralTo: String
    /// Which instalment this is (1-based) and of how many.
    public var instalmentNumber: Int
    /// How many instalments the schedule has.
    public var instalmentCount: Int
    /// When it is due.
    public var dueOn: GregorianDay
    /// When it was delivered, once it was.
    public var deliveredAt: Date?
    /// Who delivered it.
    public var deliveredByName: String
    /// The beneficiary's acknowledgement of receipt.
    public var acknowledgement: String

    /// Creates a value.
    public init(
        id: UUID, kind: ServiceKind, amount: Money, method: PaymentMethod?, iban: IBAN? = nil, reference: String,
        items: String, referralTo: String, instalmentNumber: Int, instalmentCount: Int, dueOn: GregorianDay,
        deliveredAt: Date?, deliveredByName: String, acknowledgement: String
    ) {
        self.id = id
        self.kind = kind
        self.amount = amount
        self.method = method
        self.iban = iban
        self.reference = reference
        self.items = items
        self.referralTo = referralTo
        self.instalmentNumber = instalmentNumber
        self.instalmentCount = instalmentCount
        self.dueOn = dueOn
        self.deliveredAt = deliveredAt
        self.deliveredByName = deliveredByName
        self.acknowledgement = acknowledgement
    }
}
